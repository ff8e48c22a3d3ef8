/**
 * Whether a post's Liquid would parse: every `{%` and `{{` closed, every block tag (`if`, `for`,
 * `capture`…) ended by its own end tag, in order. Jekyll stops the whole build on a Liquid
 * syntax error, so these are errors. Unknown tags are left alone: plugins add their own.
 */

/** A Liquid problem at an offset of the checked text. */
export interface LiquidProblem {
  at: number;
  /** `unclosed-tag`, `unclosed-output`, `unclosed-block` (detail: the tag) or `stray-end`. */
  kind: 'unclosed-tag' | 'unclosed-output' | 'unclosed-block' | 'stray-end';
  detail: string;
}

const BLOCKS = new Set([
  'if',
  'unless',
  'case',
  'for',
  'tablerow',
  'capture',
  'comment',
  'raw',
  'highlight',
]);
// Inside these, Liquid reads nothing until the end tag.
const VERBATIM = new Set(['comment', 'raw']);

/** Returns the Liquid problems of `text`, in order (after the first unclosed `{%`, none). */
export function liquidProblems(text: string): LiquidProblem[] {
  const problems: LiquidProblem[] = [];
  const open: { name: string; at: number }[] = [];
  const token = /\{%-?\s*(end)?(\w+)(?:(?!\{%)[\s\S])*?-?%\}|\{\{[\s\S]*?\}\}|\{%|\{\{/g;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const [whole, end, name] = m;
    const top = open.at(-1);
    if (top && VERBATIM.has(top.name) && !(end && name === top.name)) continue;
    if (whole === '{%') {
      problems.push({ at: m.index, kind: 'unclosed-tag', detail: '' });
      return problems;
    }
    if (whole === '{{') {
      // Liquid reads an unclosed `{{` to the next `}}` or the end; report it and read on.
      problems.push({ at: m.index, kind: 'unclosed-output', detail: '' });
      continue;
    }
    if (!name) continue;
    if (end && BLOCKS.has(name)) {
      if (top?.name === name) open.pop();
      else problems.push({ at: m.index, kind: 'stray-end', detail: name });
    } else if (!end && BLOCKS.has(name)) open.push({ name, at: m.index });
  }
  for (const { name, at } of open) problems.push({ at, kind: 'unclosed-block', detail: name });
  return problems.sort((a, b) => a.at - b.at);
}
