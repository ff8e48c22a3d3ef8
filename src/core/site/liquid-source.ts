/**
 * Ruby's Liquid has no escapes in string literals: `"\n"` is a backslash and an n, and
 * `replace: '"', '\"'` puts a backslash before each quote. liquidjs reads backslash escapes, so
 * before parsing, every backslash inside a quoted string of a tag or output is doubled: liquidjs
 * then reads back exactly the characters Ruby reads. Lines and the rest of the text are kept.
 */

const REGIONS =
  /(\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\})|\{\{[\s\S]*?\}\}|\{%-?\s*(\w*)[\s\S]*?%\}/g;
// Tags that read their own markup as Jekyll does (include parameters keep `\"` escapes).
const OWN_MARKUP = new Set(['include', 'include_relative']);

/** Returns `source` with the backslashes in Liquid string literals doubled for liquidjs. */
export function rubyStringLiterals(source: string): string {
  if (!source.includes('\\')) return source;
  return source.replace(REGIONS, (region, raw: string | undefined, tag: string | undefined) => {
    if (raw !== undefined || (tag !== undefined && OWN_MARKUP.has(tag))) return region;
    if (!region.includes('\\')) return region;
    return region.replace(/"[^"]*"|'[^']*'/g, (literal) => literal.replace(/\\/g, '\\\\'));
  });
}
