/**
 * kramdown attribute lists (`{: .class #id key="value"}`), parsed into the few attributes the
 * preview may carry. Syntax: https://kramdown.gettalong.org/syntax.html#inline-attribute-lists
 */

/** The attributes of one list that are safe to show; everything else is dropped. */
export interface SafeAttributes {
  id?: string;
  classes: string[];
  target?: string;
}

const BODY = String.raw`((?:[^}"'\n]|"[^"\n]*"|'[^'\n]*')*)`;

/** A block IAL, an attribute list definition (`{:name: …}`) or an extension (`{::x …/}`). */
export const BLOCK_IAL_LINE = new RegExp(String.raw`^ {0,3}\{:${BODY}\}[ \t]*$`);

/** A span IAL at the very start of a string. */
export const SPAN_IAL_START = new RegExp(String.raw`^\{:(?!:)${BODY}\}`);

const TOKEN = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|([.#][^\s.#]+)+|\S+/g;

/**
 * Returns the safe attributes of a list body (the text between `{:` and `}`), or undefined when
 * the body is an attribute list definition or an extension, which apply to nothing.
 */
export function parseAttributeList(body: string): SafeAttributes | undefined {
  if (body.startsWith(':') || /^\s*[\w-]+:(?:\s|$)/.test(body)) return undefined;
  const result: SafeAttributes = { classes: [] };
  for (const match of body.matchAll(TOKEN)) {
    const [token, key, double, single, bare] = match;
    if (key !== undefined) {
      const value = double ?? single ?? bare ?? '';
      if (key === 'class') result.classes.push(...value.split(/\s+/).filter(Boolean));
      else if (key === 'id') result.id = value;
      else if (key === 'target') result.target = value;
      continue;
    }
    // `.a.b#c` chains several shorthand names in one token.
    for (const part of token.matchAll(/([.#])([^.#]+)/g)) {
      if (part[1] === '.') result.classes.push(part[2]);
      else result.id = part[2];
    }
  }
  return result;
}

/** Returns `hProperties`-style properties for the attributes (merging classes into `existing`). */
export function toProperties(
  attributes: SafeAttributes,
  existing: Record<string, unknown> = {},
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...existing };
  if (attributes.classes.length > 0) {
    const before = Array.isArray(existing.className) ? (existing.className as string[]) : [];
    next.className = [...before, ...attributes.classes];
  }
  if (attributes.id !== undefined) next.id = attributes.id;
  if (attributes.target !== undefined) next.target = attributes.target;
  return next;
}
