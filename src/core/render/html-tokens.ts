/**
 * A small, tolerant tokenizer for the raw HTML fragments a post contains (`<img …>`, `<div>`,
 * `<iframe>`…). The preview sanitizes what it builds from these tokens, so the tokenizer only has
 * to be faithful for well-formed HTML and safe (never crash, never lose text) for the rest.
 */
import { characterEntities } from 'character-entities';

/** One piece of an HTML fragment. */
export type HtmlToken =
  | { type: 'text'; value: string }
  | { type: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'comment'; value: string };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'xmp', 'noembed']);
const TAG =
  /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Returns the text with character references (`&amp;`, `&#233;`, `&eacute;`) decoded. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/g,
    (all, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) {
        return Object.hasOwn(characterEntities, name) ? characterEntities[name] : all;
      }
      const code = Number.parseInt(hex ?? dec ?? '', hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '\uFFFD';
    },
  );
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1].toLowerCase();
    if (!(name in attributes))
      attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Returns the tokens of an HTML fragment; text that is not markup stays text. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  let index = 0;
  const flush = () => {
    if (text) tokens.push({ type: 'text', value: decodeEntities(text) });
    text = '';
  };
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt < 0) {
      text += html.slice(index);
      break;
    }
    text += html.slice(index, lt);
    index = lt;
    const rest = html.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->', 4);
      flush();
      tokens.push({ type: 'comment', value: rest.slice(4, end < 0 ? undefined : end) });
      index += end < 0 ? rest.length : end + 3;
      continue;
    }
    if (/^<[!?]/.test(rest)) {
      const end = rest.indexOf('>');
      index += end < 0 ? rest.length : end + 1;
      continue;
    }
    const tag = TAG.exec(rest);
    if (!tag) {
      text += '<';
      index += 1;
      continue;
    }
    flush();
    const name = tag[2].toLowerCase();
    index += tag[0].length;
    if (tag[1]) {
      tokens.push({ type: 'close', name });
      continue;
    }
    tokens.push({
      type: 'open',
      name,
      attributes: attributesOf(tag[3]),
      selfClosing: tag[4] === '/',
    });
    if (RAW_TEXT.has(name) && tag[4] !== '/') {
      // Raw-text elements end only at their own closing tag; nothing inside is markup.
      const close = html.slice(index).search(new RegExp(`</${name}\\s*>`, 'i'));
      const end = close < 0 ? html.length : index + close;
      if (end > index) tokens.push({ type: 'text', value: html.slice(index, end) });
      index = end;
    }
  }
  flush();
  return tokens;
}
