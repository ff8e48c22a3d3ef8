/**
 * Turns the `yaml` package's errors into problems a writer can act on: each placed where it
 * starts (an unclosed quote at its opening quote, not where the parser gave up, often many lines
 * later), given a code the UI words in its own language, and one per line, since the parser often
 * reports a single slip twice.
 */
import { lineEnd, lineStart } from './text.ts';
import { quotedSpans, type QuotedSpan, type YamlProblem } from './yaml-doc.ts';
import { quoteFixes, type QuoteFix } from './yaml-quote-fix.ts';

/**
 * A problem explained. `code` is the parser's (`BAD_INDENT`, `DUPLICATE_KEY`…) or a finer one:
 * `QUOTES_INSIDE` (a quoted value holds its own quotes; `quoteFixAt` fixes it), `UNCLOSED_QUOTE`,
 * `MISSING_COLON` (a line that is not `key: value`) and `FLOW_VALUE` (an unquoted value starting
 * with `{` or `[`, such as Liquid's `{{ site.baseurl }}`).
 */
export interface ExplainedProblem extends YamlProblem {
  /** The key the problem names (`DUPLICATE_KEY`, `QUOTES_INSIDE`), as written. */
  detail?: string;
  /** For `QUOTES_INSIDE`: the edit of the source that fixes it (see `quoteFixes`). */
  fix?: { from: number; to: number; insert: string };
}

// The more a code says about the slip, the better it stands for its line.
const RANK = ['QUOTES_INSIDE', 'UNCLOSED_QUOTE', 'FLOW_VALUE', 'DUPLICATE_KEY', 'MISSING_COLON'];
const rank = (code: string) => (RANK.includes(code) ? RANK.indexOf(code) : RANK.length);

/** Returns the quoted token whose text `offset` ends or falls in (the last opened), if any. */
function spanAt(spans: QuotedSpan[], offset: number): QuotedSpan | undefined {
  return spans.filter((s) => s.from <= offset && offset <= s.to).pop();
}

/** Returns the key written on the line of `offset` (`- key: …` or `key: …`), unquoted. */
function keyOnLine(src: string, offset: number): string | undefined {
  const start = lineStart(src, offset);
  const line = src.slice(start, lineEnd(src, start).end);
  const m = /^[ \t]*(?:-[ \t]+)?("[^"]*"|'[^']*'|[^:#]*?)[ \t]*:(?:[ \t]|$)/.exec(line);
  if (!m || m[1] === '') return undefined;
  return /^["']/.test(m[1]) ? m[1].slice(1, -1) : m[1];
}

/** Returns whether the value on the line of `offset` starts with `{` or `[` unquoted. */
function flowValueOnLine(src: string, offset: number): boolean {
  const start = lineStart(src, offset);
  const line = src.slice(start, lineEnd(src, start).end);
  return /^[ \t]*(?:-[ \t]+)?[^\s"'#:][^:]*?:[ \t]+[{[]/.test(line);
}

/** Returns `problem` with its finer code, its start and the key it names (no quote fixes yet). */
function explain(src: string, problem: YamlProblem, spans: () => QuotedSpan[]): ExplainedProblem {
  const { code, message, offset } = problem;
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const span = spanAt(spans(), offset);
    return { code: 'UNCLOSED_QUOTE', message, offset: span ? span.from : offset };
  }
  if ((code === 'UNEXPECTED_TOKEN' || code === 'MISSING_CHAR') && flowValueOnLine(src, offset)) {
    return { code: 'FLOW_VALUE', message, offset };
  }
  if (code === 'MISSING_CHAR' && /map values/.test(message)) {
    return { code: 'MISSING_COLON', message, offset };
  }
  if (code === 'DUPLICATE_KEY') return { code, message, offset, detail: keyOnLine(src, offset) };
  return { code, message, offset };
}

/** Returns `problem` as the quoted value with its own quotes that `fix` rewrites. */
function quotesInside(problem: YamlProblem, fix: QuoteFix): ExplainedProblem {
  const { from, to, insert } = fix;
  return {
    code: 'QUOTES_INSIDE',
    message: problem.message,
    offset: from,
    detail: fix.key,
    fix: { from, to, insert },
  };
}

/**
 * Returns the problems of the YAML source `src` explained (see `ExplainedProblem`), one per line
 * (the most telling), in source order. `problems` are what `parseYaml` found in `src` (so it is
 * not parsed again to check the quote fixes).
 */
export function explainProblems(src: string, problems: YamlProblem[]): ExplainedProblem[] {
  let cached: QuotedSpan[] | null = null;
  const spans = () => (cached ??= quotedSpans(src));
  const at = (offset: number) => lineStart(src, Math.min(offset, src.length));
  const explained = problems.map((p) => explain(src, p, spans));
  // A slip is looked for both where the parser saw it and where its quote opens.
  const offsets = [...problems, ...explained].map((p) => p.offset);
  const had = problems.map((p) => p.offset);
  const fixes = new Map(quoteFixes(src, offsets, had).map((f) => [at(f.from), f]));
  const byLine = new Map<number, ExplainedProblem>();
  explained.forEach((problem, i) => {
    const fix = fixes.get(at(problem.offset)) ?? fixes.get(at(problems[i].offset));
    const best = fix ? quotesInside(problem, fix) : problem;
    const line = at(best.offset);
    const kept = byLine.get(line);
    if (!kept || rank(best.code) < rank(kept.code)) byLine.set(line, best);
  });
  return [...byLine.values()].sort((a, b) => a.offset - b.offset);
}
