/**
 * The dates of posts and sites that new posts' offset is read from (`time-zone.ts` weighs
 * them). They read YAML, so they load when first needed, not with the editor.
 */
import { dateText } from './dates';
import { splitFrontMatter } from './front-matter';
import { parsePost } from './post';
import { readConfigYaml } from './schema-yaml';

/** Returns the front-matter `date` of a post's text as written, or null when it has none. */
export function postDate(text: string): string | null {
  const { block } = splitFrontMatter(text);
  // Only the front matter is parsed: a long body costs nothing.
  const { data } = parsePost(block ? text.slice(0, block.frontMatter.to) : '');
  return dateText(data.date);
}

/** Returns the `timezone` of a Jekyll `_config.yml`'s text, or null when it sets none. */
export function siteTimeZone(configText: string): string | null {
  const { value } = readConfigYaml(configText);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const zone = (value as Record<string, unknown>).timezone;
  return typeof zone === 'string' && zone.trim() ? zone.trim() : null;
}
