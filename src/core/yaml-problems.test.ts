import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePost } from './post.ts';
import { lineColumn } from './text.ts';
import { parseYaml } from './yaml-doc.ts';
import { explainProblems } from './yaml-problems.ts';
import { BROKEN_YAML_NAMES, brokenYamlPost } from '../../fixtures/paths.mjs';

const fixture = (name: string) => readFileSync(brokenYamlPost(name), 'utf8');

/** Returns the explained problems of a YAML source with their 1-based lines and columns. */
function explained(src: string) {
  return explainProblems(src, parseYaml(src).errors).map((p) => ({
    ...p,
    ...lineColumn(src, p.offset),
  }));
}

describe('explainProblems', () => {
  it('gives quotes inside a quoted title one problem, at its opening quote, naming the key', () => {
    const src = 'layout: post\ntitle: "El "Plan Nacional": qué significa"\nintro: "Hola"\n';
    // The parser reports the one slip twice, in its own words.
    expect(parseYaml(src).errors.map((e) => e.code)).toEqual([
      'BLOCK_AS_IMPLICIT_KEY',
      'UNEXPECTED_TOKEN',
    ]);
    expect(explained(src)).toMatchObject([
      { code: 'QUOTES_INSIDE', detail: 'title', line: 2, column: 8 },
    ]);
  });

  it('places an unclosed quote at the line that opens it, not where the parser gave up', () => {
    const src = [
      'layout: post',
      'intro: hola',
      'title: "never closed',
      'date: 2016-06-03 12:00:00 -0300',
      'categories: ',
      'a: b',
      'c: d',
      '',
    ].join('\n');
    const raw = parseYaml(src).errors;
    expect(raw.map((e) => [e.code, lineColumn(src, e.offset).line])).toEqual([['MISSING_CHAR', 8]]);
    expect(explained(src)).toMatchObject([{ code: 'UNCLOSED_QUOTE', line: 3, column: 8 }]);
  });

  it('names a repeated key and keeps codes it has no finer name for', () => {
    expect(explained('title: uno\nintro: x\ntitle: dos\n')).toMatchObject([
      { code: 'DUPLICATE_KEY', detail: 'title', line: 3 },
    ]);
    expect(explained('image:\n\tsrc: a.png\n')[0]).toMatchObject({
      code: 'TAB_AS_INDENT',
      line: 2,
    });
  });

  it('keeps one problem per line, the most telling, in source order', () => {
    const src = 'a: "x "y" z"\nb: {{ site.baseurl }}/x.png\nc: ok\nc: again\n';
    expect(explained(src).map((p) => [p.line, p.code])).toEqual([
      [1, 'QUOTES_INSIDE'],
      [2, 'FLOW_VALUE'],
      [4, 'DUPLICATE_KEY'],
    ]);
  });

  it('explains 2,000 broken lines in bounded time, every one with its fix', () => {
    // Checking each fix with a parse of its own took minutes here: fixes share one parse.
    const src = Array.from({ length: 2000 }, (_, i) => `k${i}: "El "Plan" ${i}"`).join('\n');
    const started = performance.now();
    const problems = explainProblems(src, parseYaml(src).errors);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problems).toHaveLength(2000);
    expect(problems.every((p) => p.code === 'QUOTES_INSIDE' && p.fix)).toBe(true);
  });

  it('returns nothing for valid YAML', () => {
    expect(explainProblems('title: "Hola"\n', [])).toEqual([]);
  });
});

describe('the real broken front matter of the corpus', () => {
  /** Returns `[code, line, column]` of each problem of a fixture, in file lines. */
  const problemsOf = (name: string) =>
    parsePost(fixture(name)).errors.map((e) => [e.code, e.line, e.column]);

  it('a caption holding "créditos: …" is a value with ": " inside, at its line', () => {
    expect(problemsOf('2018-07-03-no-me-ocupa.markdown')).toEqual([
      ['BLOCK_AS_IMPLICIT_KEY', 12, 14],
    ]);
  });

  it('an unquoted {{ site.baseurl }} is a value starting with {', () => {
    expect(problemsOf('2016-01-11-introducing-the-css-coding-style-guide.md')).toEqual([
      ['FLOW_VALUE', 6, 26],
    ]);
  });

  it('a quoted title that goes on at column 0 is an unclosed quote at its opening quote', () => {
    expect(problemsOf('2016-06-12-Nuevo-proyecto-de-ciudadano.markdown')).toEqual([
      ['UNCLOSED_QUOTE', 3, 8],
    ]);
    expect(problemsOf('2020-03-10-ask-18f-po-vs-cor.md')).toEqual([
      ['UNCLOSED_QUOTE', 2, 8],
      ['MULTILINE_IMPLICIT_KEY', 3, 1],
      ['UNCLOSED_QUOTE', 13, 10],
      ['MISSING_COLON', 14, 1],
    ]);
    expect(problemsOf('2014-03-20-buscamos-lider-de-comunidad.md')).toEqual([
      ['UNCLOSED_QUOTE', 7, 10],
      ['MISSING_COLON', 8, 1],
    ]);
  });

  it.each(BROKEN_YAML_NAMES)(
    '%s: every problem sits inside the front matter, an unclosed quote on its quote',
    (name) => {
      const text = fixture(name);
      const post = parsePost(text);
      expect(post.text).toBe(text);
      expect(post.errors.length).toBeGreaterThan(0);
      const lines = text.split('\n');
      const closing = lines.indexOf('---', 1) + 1;
      for (const e of post.errors) {
        expect(e.line).toBeGreaterThan(1);
        expect(e.line).toBeLessThan(closing);
        if (e.code === 'UNCLOSED_QUOTE') expect(`"'`).toContain(lines[e.line - 1][e.column - 1]);
      }
    },
  );
});
