/**
 * The one wrapper around the `yaml` package. Parses front matter with source ranges
 * (`keepSourceTokens`) and the YAML 1.2 core schema, so dates such as `2016-06-03 12:00:00 -0300`
 * stay strings: no JavaScript `Date` is ever made.
 */
import { Parser, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, ParsedNode, YAMLMap, YAMLSeq } from 'yaml';

export { isAlias, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml';
export type { Node, Pair, ParsedNode, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** A YAML problem at `offset` into the parsed source. */
export interface YamlProblem {
  /** The `yaml` package's error code (`MISSING_CHAR`…), or `NOT_A_MAP` / `UNREADABLE`. */
  code: string;
  /** The parser's sentence, in English. */
  message: string;
  offset: number;
}

/** A parsed front-matter source: the document (with ranges), its plain data and its problems. */
export interface YamlResult {
  doc: Document.Parsed;
  data: Record<string, unknown>;
  errors: YamlProblem[];
  /**
   * Set when the source was read entry by entry (`readYaml` in `yaml-flat.ts`): each top-level
   * key's entry. `doc` is then parsed only when something asks for it.
   */
  entries?: ReadonlyMap<string, YamlEntry>;
}

/**
 * One top-level `key: …` entry of a source read entry by entry: the range of its one-line scalar
 * value in the source, or, for an entry of more lines, where it starts, its own text and its own
 * document (whose ranges are relative to that text).
 */
export type YamlEntry =
  { from: number; to: number } | { offset: number; src: string; doc: Document.Parsed };

/** Returns `src` parsed as YAML 1.2 core; never throws, problems go into `errors`. */
export function parseYaml(src: string): YamlResult {
  const doc = parseDocument(src, {
    keepSourceTokens: true,
    schema: 'core',
    prettyErrors: false,
    logLevel: 'error',
    // The package's own check compares each key with every earlier one: 2.9 s for 20,000 keys.
    uniqueKeys: false,
  });
  const errors = withDuplicateKeys(
    doc.errors.map((e) => ({ code: e.code, message: e.message, offset: e.pos[0] })),
    doc,
  );
  let data: Record<string, unknown> = {};
  const contents = doc.contents;
  if (contents && !isMap(contents) && !(isScalar(contents) && contents.value === null)) {
    errors.push({
      code: 'NOT_A_MAP',
      message: 'The front matter must be a list of "key: value" fields.',
      offset: contents.range[0],
    });
  } else if (contents) {
    try {
      data = toPlainData(doc.toJS({ maxAliasCount: 100 })) as Record<string, unknown>;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      errors.push({ code: 'UNREADABLE', message, offset: 0 });
    }
  }
  return { doc, data: isPlainObject(data) ? data : {}, errors };
}

/**
 * Returns `errors` with a `DUPLICATE_KEY` problem for each key that repeats an earlier key of its
 * map, as the `yaml` package reports them with `uniqueKeys: true` (same code, sentence and
 * offset: the key's start; scalar keys equal by resolved value), found with one Set per map so
 * the cost grows linearly with the number of keys. Each problem goes before the first of
 * `errors` that starts after it; the others keep their order.
 */
function withDuplicateKeys(errors: YamlProblem[], doc: Document.Parsed): YamlProblem[] {
  const found: YamlProblem[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        // `===` as the package compares: NaN never equals itself.
        if (Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          found.push({
            code: 'DUPLICATE_KEY',
            message: 'Map keys must be unique',
            offset: key.range?.[0] ?? 0,
          });
        } else seen.add(key.value);
      }
    },
  });
  if (found.length === 0) return errors;
  // A map's own keys are checked before the maps inside it: put them in source order.
  found.sort((a, b) => a.offset - b.offset);
  const out: YamlProblem[] = [];
  let i = 0;
  for (const problem of found) {
    while (i < errors.length && errors[i].offset <= problem.offset) out.push(errors[i++]);
    out.push(problem);
  }
  return out.concat(errors.slice(i));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns a copy of `value` made only of strings, numbers, booleans, null, arrays and plain
 * objects. `__proto__` becomes an own data property, so no key can reach a prototype.
 */
export function toPlainData(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlainData);
  if (value instanceof Map) return toPlainData(Object.fromEntries(value));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: toPlainData(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value === undefined ? null : String(value);
}

/** A node found by `findPath`: the node itself (null for a missing value) and what holds it. */
export interface Located {
  node: ParsedNode | null;
  parent: YAMLMap.Parsed | YAMLSeq.Parsed;
  /** The key/value pair when the parent is a map. */
  pair: Pair<ParsedNode, ParsedNode | null> | null;
  index: number;
}

/** Returns the key of `pair` as a string, or null for keys that are not scalars. */
export function pairKey(pair: Pair): string | null {
  const key = pair.key as Node | null;
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return null;
}

/** Returns the last pair of `map` whose key is `key` (the one `toJS` keeps), or -1. */
export function indexOfKey(map: YAMLMap, key: string): number {
  for (let i = map.items.length - 1; i >= 0; i--) {
    if (pairKey(map.items[i]) === key) return i;
  }
  return -1;
}

/**
 * Returns the node at `path` inside `root` and what holds it, or null when a step is missing or
 * crosses a scalar. An empty path is rejected (the root has no holder).
 */
export function findPath(root: unknown, path: readonly (string | number)[]): Located | null {
  let current = root;
  let found: Located | null = null;
  for (const seg of path) {
    if (isMap(current)) {
      const index = indexOfKey(current, String(seg));
      if (index < 0) return null;
      const pair = current.items[index] as Pair<ParsedNode, ParsedNode | null>;
      found = { node: pair.value, parent: current as YAMLMap.Parsed, pair, index };
    } else if (isSeq(current) && Number.isInteger(Number(seg))) {
      const index = Number(seg);
      if (index < 0 || index >= current.items.length) return null;
      const node = current.items[index] as ParsedNode | null;
      found = { node, parent: current as YAMLSeq.Parsed, pair: null, index };
    } else {
      return null;
    }
    current = found.node;
  }
  return found;
}

/** A quoted scalar as the YAML lexer cut it: from its opening quote to where its token ends. */
export interface QuotedSpan {
  from: number;
  to: number;
  quote: '"' | "'";
}

/**
 * Returns the quoted scalars of `src` as the parser's concrete syntax tree holds them, in source
 * order. A broken quote still opens a token here, so its opening quote can be found even when
 * the parser reports the problem where the token ends.
 */
export function quotedSpans(src: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  // An explicit stack: hostile front matter nests flow collections deeper than the call stack.
  const stack: unknown[] = [...new Parser().parse(src)];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    const token = item as { type?: unknown; offset?: unknown; source?: unknown };
    const quote =
      token.type === 'double-quoted-scalar'
        ? '"'
        : token.type === 'single-quoted-scalar'
          ? "'"
          : null;
    if (quote && typeof token.offset === 'number' && typeof token.source === 'string') {
      spans.push({ from: token.offset, to: token.offset + token.source.length, quote });
    }
    for (const value of Object.values(item)) if (typeof value === 'object') stack.push(value);
  }
  return spans.sort((a, b) => a.from - b.from);
}
