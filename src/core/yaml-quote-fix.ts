/**
 * The one-click fix for the commonest broken front matter of a Spanish blog: a quoted value
 * holding its own quotes (`title: "El "Plan Nacional": qué significa"`). Strict YAML ends the
 * value at the second quote and reads the rest as a new key or junk; the writer meant the
 * whole line. The fix rewrites that one value as a valid scalar and touches nothing else.
 */
import { lineEnd, lineStart } from './text.ts';
import { parseYaml } from './yaml-doc.ts';

/** A rewrite of one quoted value of the YAML source; offsets are into that source. */
export interface QuoteFix {
  /** The key the value belongs to, as written. */
  key: string;
  /** The value's text to replace, from its opening quote to its last quote. */
  from: number;
  to: number;
  /** The valid scalar written in its place. */
  insert: string;
  /** The text the new scalar reads as. */
  value: string;
}

// `key: "…"` or `- key: '…'`, the value running to the last quote of the line.
const QUOTED_LINE = /^([ \t]*(?:-[ \t]+)?)([^\s"'#:-][^:]*?)[ \t]*:[ \t]+(["']).*\3[ \t]*$/;

/**
 * Returns `inner` (a double-quoted value without its quotes) with every `"` that no backslash
 * escapes escaped; the writer's own escapes (`\n`, `\"`) are kept as they are.
 */
function escapeStray(inner: string): string {
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\') {
      out += inner.slice(i, i + 2);
      i++;
    } else {
      out += inner[i] === '"' ? '\\"' : inner[i];
    }
  }
  return out;
}

/**
 * Returns the scalar that keeps the text most readable: the other kind of quotes when the text
 * holds none of them (and, leaving double quotes, no backslash escape that would change
 * meaning), else the same quotes with the inner ones escaped (`\"`) or doubled (`''`).
 */
function rewrite(inner: string, quote: string): string {
  if (quote === '"') {
    if (!inner.includes("'") && !inner.includes('\\')) return `'${inner}'`;
    return `"${escapeStray(inner)}"`;
  }
  // In single quotes `''` is one quote; a lone `'` is one the writer meant literally.
  const text = inner.replace(/''/g, "'");
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
  return `'${text.replace(/'/g, "''")}'`;
}

/** Returns the fix of the line starting at `start`, read alone, not yet checked in `src`. */
function candidateAt(src: string, start: number): QuoteFix | null {
  const line = src.slice(start, lineEnd(src, start).end);
  const match = QUOTED_LINE.exec(line);
  if (!match) return null;
  const quote = match[3];
  const from = start + line.indexOf(quote, match[1].length + match[2].length);
  const to = start + line.trimEnd().length;
  const inner = src.slice(from + 1, to - 1);
  const stray =
    quote === '"' ? escapeStray(inner) !== inner : inner.replace(/''/g, '').includes("'");
  if (!stray) return null;
  const insert = rewrite(inner, quote);
  const alone = parseYaml(`v: ${insert}`);
  const value = alone.data.v;
  if (alone.errors.length > 0 || typeof value !== 'string') return null;
  return { key: match[2], from, to, insert, value };
}

/**
 * Returns the fixes (in source order) of the quoted values on the lines holding `offsets` in the
 * YAML source `src`: lines `key: <quote>…<quote>` with the same quote inside. All of them are
 * checked in one parse of `src` with every fix applied (so the cost does not grow with the
 * number of broken lines); a fix is kept only when its line had a problem and has none left.
 * `had` are the offsets of the problems `parseYaml` finds in `src`, when the caller has them.
 */
export function quoteFixes(
  src: string,
  offsets: readonly number[],
  had?: readonly number[],
): QuoteFix[] {
  const byLine = new Map<number, QuoteFix | null>();
  for (const offset of offsets) {
    const start = lineStart(src, Math.min(offset, src.length));
    if (!byLine.has(start)) byLine.set(start, candidateAt(src, start));
  }
  const fixes = [...byLine.values()]
    .filter((f): f is QuoteFix => f !== null)
    .sort((a, b) => a.from - b.from);
  if (fixes.length === 0) return [];
  let fixed = '';
  let shift = 0;
  let done = 0;
  const lines: [number, number][] = [];
  for (const fix of fixes) {
    fixed += src.slice(done, fix.from) + fix.insert;
    lines.push([lineStart(src, fix.from) + shift, fix.from + shift + fix.insert.length]);
    shift += fix.insert.length - (fix.to - fix.from);
    done = fix.to;
  }
  fixed += src.slice(done);
  const problems = had ?? parseYaml(src).errors.map((e) => e.offset);
  const left = parseYaml(fixed).errors.map((e) => e.offset);
  return fixes.filter((fix, i) => {
    const [start, end] = [lineStart(src, fix.from), lineEnd(src, fix.from).end];
    // A line YAML reads fine (`title: "a" # "b"`) is not broken, whatever its quotes look like.
    const broken = problems.some((o) => o >= start && o <= end);
    return broken && !left.some((o) => o >= lines[i][0] && o <= lines[i][1]);
  });
}

/**
 * Returns the fix of the quoted value on the line holding `offset` in `src` (see `quoteFixes`),
 * or null when that line has none.
 */
export function quoteFixAt(src: string, offset: number): QuoteFix | null {
  return quoteFixes(src, [offset])[0] ?? null;
}
