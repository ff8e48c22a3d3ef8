/**
 * Writes new YAML text for values put into front matter: scalars in a chosen quoting style and
 * block or flow collections. Strings that YAML (1.2 core, or the YAML 1.1 that Jekyll's Ruby
 * reads) would take for another type are quoted, so they read back as the same string.
 */

/** The quoting styles of a scalar, as the `yaml` package names them. */
export type ScalarStyle =
  'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

const NOT_STRING_12 = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
];
// What YAML 1.1 (Jekyll) reads as booleans, numbers with `_`, base 2/60, or merge keys.
const NOT_STRING_11 = [
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(?:0b[01_]+|0[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[0-9][0-9_]*\.?[0-9_]*)$/,
  /^<<$/,
];
const TIMESTAMP =
  /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::?\d\d)?))?)?$/;
const UNSAFE_PLAIN =
  /^[\s,[\]{}#&*!|>'"%@`]|^[?:-]$|^[?:-][ \t]|[:][ \t]|[ \t]#|[\s:]$|^(?:---|\.\.\.)(?:\s|$)/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]|[\ud800-\udfff]/u;
// eslint-disable-next-line no-control-regex
const CONTROL_ANY = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Returns true when `s` looks like a YAML 1.1 timestamp (Jekyll reads those as dates). */
export function looksLikeTimestamp(s: string): boolean {
  return TIMESTAMP.test(s);
}

/**
 * Returns true when `s` can be written as a plain scalar that reads back as the same string.
 * `allowTimestamp` keeps a date-like string plain (used when it replaces a plain date).
 */
export function isPlainSafe(s: string, inFlow: boolean, allowTimestamp = false): boolean {
  if (s === '' || UNSAFE_PLAIN.test(s) || CONTROL_ANY.test(s)) return false;
  if (inFlow && /[[\]{},]/.test(s)) return false;
  if (NOT_STRING_12.some((re) => re.test(s)) || NOT_STRING_11.some((re) => re.test(s))) {
    return false;
  }
  return allowTimestamp || !TIMESTAMP.test(s);
}

/** Returns `s` as a double-quoted YAML scalar on one line. */
export function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch.length === 1 && CONTROL.test(ch)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Returns `s` single-quoted, or null when single quotes cannot hold it on one line. */
export function singleQuoted(s: string): string | null {
  if (CONTROL_ANY.test(s) || /[\ud800-\udfff]/u.test(s)) return null;
  return `'${s.replaceAll("'", "''")}'`;
}

/** Returns a non-string scalar (number, boolean, null) as YAML text. */
export function yamlScalarText(value: number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  return String(value);
}

/** Returns `s` in `style` when that style can hold it, else plain when safe, else double-quoted. */
export function stringText(s: string, style: ScalarStyle, inFlow: boolean): string {
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(s);
  if (style === 'QUOTE_SINGLE') return singleQuoted(s) ?? doubleQuoted(s);
  return isPlainSafe(s, inFlow) ? s : doubleQuoted(s);
}

/** Returns a key for a new `key: value` line. */
export function keyText(key: string): string {
  return isPlainSafe(key, false) && !/[\\"']/.test(key) ? key : doubleQuoted(key);
}

/**
 * Returns the lines of a block scalar for the multi-line string `s` (`|`, `|-` or `|+` by its
 * trailing line breaks); `indent` prefixes every content line. Null when a literal cannot hold it.
 */
export function literalBlock(s: string, indent: string): string[] | null {
  if (CONTROL.test(s.replaceAll('\n', '')) || /\r/.test(s)) return null;
  const trailing = /\n*$/.exec(s)?.[0].length ?? 0;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing === 0 ? s : s.slice(0, -1);
  const lines = body.split('\n');
  // The first non-empty line sets the block's indentation: it must not start with blanks.
  const first = lines.find((line) => line !== '') ?? '';
  if (first === '' || /^[ \t]/.test(first) || lines.some((l) => l.startsWith('\t'))) return null;
  return [`|${chomp}`, ...lines.map((line) => (line === '' ? '' : indent + line))];
}

/** New YAML for a value: one inline piece of text, or block lines without base indentation. */
export type Rendered = { inline: string } | { lines: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function inlineOf(value: unknown, inFlow: boolean): string | null {
  if (typeof value === 'string') return stringText(value, 'PLAIN', inFlow);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') {
    return yamlScalarText(value);
  }
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (isRecord(value) && Object.keys(value).length === 0) return '{}';
  if (!Array.isArray(value) && !isRecord(value)) {
    throw new TypeError(
      `Front matter can hold only strings, numbers, booleans, null, lists and maps (got ${
        value instanceof Date ? 'a Date: pass the date as written, a string' : typeof value
      }).`,
    );
  }
  return null;
}

/** Returns `value` as flow YAML on one line (`[a, b]`, `{k: v}`). */
export function flowText(value: unknown): string {
  const inline = inlineOf(value, true);
  if (inline !== null) return inline;
  if (Array.isArray(value)) return `[${value.map((v) => flowText(v ?? null)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  return `{${entries.map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(', ')}}`;
}

/**
 * Returns `value` rendered for a value position: scalars and empty collections inline, other
 * lists and maps as block lines (or one flow line when `inFlow`). Throws on non-plain data.
 */
export function renderValue(value: unknown, inFlow: boolean): Rendered {
  const inline = inlineOf(value, inFlow);
  if (inline !== null) return { inline };
  if (inFlow) return { inline: flowText(value) };
  const lines: string[] = [];
  const nest = (rendered: Rendered, head: string, pad: string, joinInline: boolean) => {
    if ('inline' in rendered) {
      lines.push(`${head}${joinInline ? ' ' : ''}${rendered.inline}`);
      return;
    }
    rendered.lines.forEach((line, i) => {
      if (joinInline && i === 0) lines.push(`${head} ${line}`);
      else if (!joinInline && i === 0) lines.push(head, pad + line);
      else lines.push(line === '' ? '' : pad + line);
    });
  };
  if (Array.isArray(value)) {
    for (const item of value) nest(renderValue(item ?? null, false), '-', '  ', true);
  } else {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      const rendered = renderValue(v, false);
      if ('inline' in rendered) lines.push(`${keyText(k)}: ${rendered.inline}`);
      else nest(rendered, `${keyText(k)}:`, '  ', false);
    }
  }
  return lines.length > 0 ? { lines } : { inline: Array.isArray(value) ? '[]' : '{}' };
}
