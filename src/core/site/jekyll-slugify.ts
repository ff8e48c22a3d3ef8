/** Jekyll's Utils.slugify, with its modes: what the `slugify` filter and permalinks print. */

const MODES: Record<string, RegExp> = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^\p{M}\p{L}\p{Nd}]+/gu,
};

/** Returns `text` with accents dropped from Latin letters and any other non-ASCII as `?`. */
function transliterate(text: string): string {
  const replaced = text.replace(/[ßæÆøØœŒðÐþÞłŁđĐ]/g, (c) => TRANSLIT[c] ?? c);
  return replaced
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{ASCII}]/gu, '?');
}

const TRANSLIT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
};

/**
 * Returns `text` slugified as Jekyll does in `mode` ('default' when null; 'raw', 'pretty',
 * 'ascii', 'latin'; any other mode, 'none' included, only lowers the case), lower-cased unless
 * `cased`.
 */
export function jekyllSlugify(text: string, mode: string | null = null, cased = false): string {
  const name = mode ?? 'default';
  const pattern = MODES[name];
  if (!Object.hasOwn(MODES, name) || !pattern) return cased ? text : text.toLowerCase();
  const source = name === 'latin' ? transliterate(text) : text;
  const slug = source.replace(pattern, '-').replace(/^-|-$/g, '');
  return cased ? slug : slug.toLowerCase();
}
