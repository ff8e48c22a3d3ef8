/**
 * Jekyll's Liquid in a post body. The preview does not run Liquid: tags and outputs are shown
 * as visible placeholders, `{% raw %}` regions as the literal text Jekyll would print,
 * `{% highlight %}` as a code block, and `{{ site.baseurl }}` in a URL as the configured base.
 */
import type { Nodes, Root, Text } from 'mdast';

/** A Liquid tag or output, `{% … %}` or `{{ … }}` (global: use with matchAll or replace). */
export const LIQUID = /\{%-?[\s\S]*?-?%\}|\{\{[\s\S]*?\}\}/g;

/** Returns whether `text` may hold Liquid (an opening `{{` or `{%`). */
export function hasLiquid(text: string): boolean {
  return text.includes('{{') || text.includes('{%');
}
const RAW_TAG = /^\{%-?\s*(end)?raw\s*-?%\}$/;
const RAW_TAGS = /\{%-?\s*(?:end)?raw\s*-?%\}/g;
const HIGHLIGHT_OPEN =
  /^( {0,3})\{%-?[ \t]*highlight[ \t]+([^\s%]+)((?:[ \t]+[^\s%]+)*)[ \t]*-?%\}[ \t]*$/gm;
const HIGHLIGHT_CLOSE = /^( {0,3})\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$/gm;
const SITE_IN_URL =
  /(\]\([ \t]*<?|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?|\b(?:src|href)[ \t]*=[ \t]*["']?)((?:\{\{[ \t]*site\.(?:baseurl|url)[ \t]*\}\})+)/gm;

/**
 * Returns the text with `{% highlight x %}` / `{% endhighlight %}` lines turned into `~~~x` / `~~~`
 * fences padded to the same length, so every offset in the text stays valid.
 */
export function prepareLiquidSource(text: string): string {
  if (!text.includes('highlight')) return text;
  return text
    .replace(HIGHLIGHT_OPEN, (line, indent: string, lang: string, rest: string) =>
      `${indent}~~~${lang}${rest}`.padEnd(line.length, ' '),
    )
    .replace(HIGHLIGHT_CLOSE, (line, indent: string) => `${indent}~~~`.padEnd(line.length, ' '));
}

/**
 * Returns the text with `{{ site.baseurl }}` and `{{ site.url }}` at the start of a link or image
 * URL replaced by the site's path and origin, the way Jekyll renders them before kramdown runs.
 */
export function substituteSiteUrls(text: string, siteUrl: string): string {
  if (!text.includes('{{')) return text;
  const url = new URL(siteUrl);
  const base = url.pathname.replace(/\/$/, '');
  return text.replace(SITE_IN_URL, (_all, lead: string, vars: string) => {
    const value = vars.replace(/\{\{[ \t]*site\.(baseurl|url)[ \t]*\}\}/g, (_v, name: string) =>
      name === 'url' ? url.origin : base,
    );
    return lead + value;
  });
}

function placeholder(value: string, inline: boolean): Text {
  const kind = value.startsWith('{%') ? 'tag' : 'output';
  return {
    type: 'text',
    value,
    data: {
      hName: inline ? 'span' : 'div',
      hProperties: { className: ['liquid'], dataLiquid: kind },
    },
  };
}

/** Splits one text node into text and placeholders; `state.raw` tracks `{% raw %}` regions. */
function splitText(node: Text, state: { raw: boolean }): Text[] {
  const out: Text[] = [];
  let cursor = 0;
  const push = (value: string) => {
    if (value) out.push({ type: 'text', value });
  };
  for (const match of node.value.matchAll(LIQUID)) {
    const raw = RAW_TAG.exec(match[0]);
    if (state.raw && !raw?.[1]) continue;
    push(node.value.slice(cursor, match.index));
    cursor = match.index + match[0].length;
    if (raw) state.raw = !raw[1];
    else out.push(placeholder(match[0], true));
  }
  push(node.value.slice(cursor));
  return out;
}

function walk(node: Nodes, state: { raw: boolean }): void {
  if (node.type === 'code' || node.type === 'inlineCode') {
    node.value = node.value.replace(RAW_TAGS, '');
    return;
  }
  if (!('children' in node)) return;
  if (node.type === 'paragraph' && node.children.length === 1 && !state.raw) {
    const only = node.children[0];
    const trimmed = only.type === 'text' ? only.value.trim() : '';
    const match = trimmed.match(LIQUID);
    if (match?.length === 1 && match[0] === trimmed && !RAW_TAG.test(trimmed)) {
      const block = placeholder(trimmed, false);
      node.data = { ...node.data, ...block.data };
      node.children = [{ type: 'text', value: trimmed }];
      return;
    }
  }
  const kids = node.children as Nodes[];
  for (let index = 0; index < kids.length; index++) {
    const child = kids[index];
    if (child.type === 'text' && (state.raw || child.value.includes('{'))) {
      const parts = splitText(child, state);
      kids.splice(index, 1, ...parts);
      index += parts.length - 1;
    } else walk(child, state);
  }
}

/** Returns the transformer that turns Liquid into placeholders in an mdast tree (mutates it). */
export function remarkLiquid() {
  return (tree: Root) => walk(tree, { raw: false });
}
