/**
 * A fast reader for front matter as posts write it: a top-level map of `key: …` entries, one key
 * per line at the line's start. A front matter of 20,000 keys takes the `yaml` package 0.7 s to
 * parse into its document; this reads it entry by entry in a fraction of that, with the same data:
 * - an entry whose value is a one-line scalar (`title: "Hola"`, `draft: false`, `date: 2016-06-03
 *   12:00:00 -0300`) is read here, its plain scalars resolved by the `yaml` package's own
 *   core-schema tags, so `007`, `0x1F`, `.inf` or `Null` read as `yaml` reads them;
 * - any other entry (a list, a nested map, a block or escaped scalar…) is parsed by the `yaml`
 *   package alone, as the text it is, from its key line to the next key line.
 * It declines (null) whenever the result could differ from parsing the whole source: a line at
 * the start that is not a key, a duplicate key, an anchor or alias, a YAML problem in an entry, a
 * tab or control character. `readYaml` then parses the whole source with `yaml`.
 * The property tests (`yaml-flat.test.ts`) compare it with `parseYaml` on every post of the corpus
 * and on generated front matter of every kind the reader takes or declines.
 */
import { Schema, isAlias, visit } from 'yaml';
import type { Document } from 'yaml';
import { isAsciiDigit, isAsciiLetter } from './text.ts';
import { parseYaml, type YamlEntry, type YamlResult } from './yaml-doc.ts';

/** A front matter read entry by entry: its data, as `parseYaml` gives it, and its entries. */
export interface FlatYaml {
  data: Record<string, unknown>;
  entries: ReadonlyMap<string, YamlEntry>;
}

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}

// The core schema's scalar tags with a test (null, bool, int, float), in the package's order.
const TAGS = (new Schema({ schema: 'core' }).tags as unknown as ScalarTag[]).filter(
  (tag) => tag.default === true && tag.test,
);
const RESOLVE_OPTIONS = { intAsBigInt: false };

// Characters the source may not hold for the reader to take it: controls (a CR only before LF),
// tabs, non-characters, the BOM, line and paragraph separators, and lone surrogates (looked for
// only where there is a surrogate: the look-behind is slow on a long source).
const REFUSED_CHARS =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for.
  /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)/;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** First characters of the words a core tag may read as null, a boolean or a number. */
const TAGGED_START = /^[-+.0-9~nNtTfF]/;
/** Characters that may not open a plain value here (YAML indicators, or a following space). */
const PLAIN_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-[0-9.])/;

function resolvePlain(text: string): unknown {
  if (!TAGGED_START.test(text)) return text;
  const tag = TAGS.find((t) => t.test?.test(text));
  if (!tag) return text;
  const resolved = tag.resolve(text, () => undefined, RESOLVE_OPTIONS);
  return typeof resolved === 'object' && resolved !== null && 'value' in resolved
    ? (resolved as { value: unknown }).value
    : resolved;
}

/** Whether `line` from `from` is blank, or spaces and then a comment. */
function blankOrComment(line: string, from: number): boolean {
  let i = from;
  while (line.charCodeAt(i) === 32) i++;
  return i === line.length || (i > from && line[i] === '#');
}

/** A one-line value as read: its data and its range in the line. */
interface LineValue {
  value: unknown;
  from: number;
  to: number;
}

/**
 * Reads the one-line scalar value of a `key:` line from `at` (just past the colon). Returns the
 * value and its range in the line, or null when the value is not one the reader takes.
 */
function readValue(line: string, at: number): LineValue | null {
  let from = at;
  while (line.charCodeAt(from) === 32) from++;
  if (from === line.length || line[from] === '#') {
    return { value: null, from, to: from };
  }
  const first = line[from];
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, from + 1);
    if (close < 0) return null;
    const inner = line.slice(from + 1, close);
    if (first === '"' && inner.includes('\\')) return null;
    if (!blankOrComment(line, close + 1)) return null;
    return { value: inner, from, to: close + 1 };
  }
  if (!PLAIN_START.test(line.slice(from, from + 2))) return null;
  let to = line.length;
  const comment = line.indexOf(' #', from);
  if (comment >= 0) to = comment;
  while (to > from && line.charCodeAt(to - 1) === 32) to--;
  const text = line.slice(from, to);
  // `a: b: c` is a nested mapping (an error in a compact one), `a: b:` too.
  if (text.includes(': ') || text.endsWith(':')) return null;
  return { value: resolvePlain(text), from, to };
}

function hasAnchorOrAlias(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || node.anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** An entry being read: its key line's start, and its one-line value when it has one. */
interface OpenEntry {
  key: string;
  offset: number;
  value: LineValue | null;
}

/** Returns the length of the key `line` opens (`key:` then a space or the end), or 0. */
function keyLength(line: string): number {
  const first = line.charCodeAt(0);
  // A letter or `_` first; then letters, digits, `_` and `-`.
  if (!isAsciiLetter(first) && first !== 95) return 0;
  let i = 1;
  for (; i < line.length && i <= 200; i++) {
    const c = line.charCodeAt(i);
    if (!isAsciiLetter(c) && !isAsciiDigit(c) && c !== 95 && c !== 45) break;
  }
  if (line.charCodeAt(i) !== 58 /* : */ || i > 200) return 0;
  return i + 1 === line.length || line.charCodeAt(i + 1) === 32 ? i : 0;
}

/**
 * Returns the data and entries of `src` read entry by entry (see the module's comment), or null
 * when the reader declines it. `src` is a front matter's source with lone CRs already made LF.
 * The entries' map is made when first asked for (the checks ask for a field or two).
 */
export function readFlatYaml(src: string): FlatYaml | null {
  if (REFUSED_CHARS.test(src) || (SURROGATE.test(src) && LONE_SURROGATE.test(src))) return null;
  // Made at the end with `Object.fromEntries`, which makes `__proto__` an own data property too
  // (as `toPlainData` does), and is far faster than defining 20,000 properties one by one.
  const pairs: [string, unknown][] = [];
  const found: YamlEntry[] = [];
  let open: OpenEntry | null = null;
  /** Adds the open entry, whose text ends at `end`; false when it must be declined. */
  const close = (end: number): boolean => {
    if (!open) return true;
    const { key, offset, value } = open;
    if (value) {
      pairs.push([key, value.value]);
      found.push({ from: offset + value.from, to: offset + value.to });
      return true;
    }
    const text = src.slice(offset, end);
    const own = parseYaml(text);
    if (own.errors.length > 0 || hasAnchorOrAlias(own.doc)) return false;
    const keys = Object.keys(own.data);
    if (keys.length !== 1 || keys[0] !== key) return false;
    pairs.push([key, own.data[key]]);
    found.push({ offset, src: text, doc: own.doc });
    return true;
  };
  let start = 0;
  while (start < src.length) {
    let end = src.indexOf('\n', start);
    if (end < 0) end = src.length;
    const line = src.slice(start, src.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end);
    const lineStart = start;
    start = end + 1;
    const c = line[0];
    if (line.length === 0 || c === '#' || (c === ' ' && /^ +$/.test(line))) continue;
    const length = keyLength(line);
    if (length > 0) {
      if (!close(lineStart)) return null;
      const key = line.slice(0, length);
      if (TAGGED_START.test(key) && TAGS.some((t) => t.test?.test(key))) return null;
      open = { key, offset: lineStart, value: readValue(line, length + 1) };
    } else if (open && (c === ' ' || c === '-')) {
      // An indented line, or a list at the key's own indent: the entry is more than one line.
      open.value = null;
    } else {
      return null;
    }
  }
  if (!close(src.length)) return null;
  const data = Object.fromEntries(pairs) as Record<string, unknown>;
  // A key seen twice leaves fewer fields than entries (yaml reports it as a problem).
  if (Object.keys(data).length !== pairs.length) return null;
  let entries: Map<string, YamlEntry> | undefined;
  return {
    data,
    get entries() {
      return (entries ??= new Map(pairs.map(([key], i) => [key, found[i]])));
    },
  };
}

/**
 * Returns `src` read as `parseYaml` reads it. A source `readFlatYaml` takes is read entry by
 * entry, and its whole document is parsed only when something asks for it (a field edit); any
 * other source is parsed at once.
 */
export function readYaml(src: string): YamlResult {
  const flat = readFlatYaml(src);
  if (!flat) return parseYaml(src);
  let doc: Document.Parsed | undefined;
  return {
    data: flat.data,
    errors: [],
    get entries() {
      return flat.entries;
    },
    get doc() {
      return (doc ??= parseYaml(src).doc);
    },
  };
}
