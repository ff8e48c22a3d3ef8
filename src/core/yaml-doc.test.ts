import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { corpusFiles, readPostFile } from '../../fixtures/paths.mjs';
import { parseYaml } from './yaml-doc.ts';

/** What the `yaml` package itself reports with its own (quadratic) duplicate-key check. */
function packageProblems(src: string) {
  const doc = parseDocument(src, {
    keepSourceTokens: true,
    schema: 'core',
    prettyErrors: false,
    logLevel: 'error',
    uniqueKeys: true,
  });
  return doc.errors.map((e) => ({ code: e.code, message: e.message, offset: e.pos[0] }));
}

/** The front matter of a post file: the text between its `---` fences, or null. */
function frontMatterOf(text: string): string | null {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? m[1] : null;
}

const HAND_MADE = [
  'title: a\ntitle: b\n',
  'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n',
  'x: {k: 1, k: 2}\ny: [ {k: 1}, {k: 1} ]\n',
  '1: uno\n01: otro\n0o1: octal\n',
  'true: a\nTrue: b\n',
  '.nan: a\n.NaN: b\n',
  ': a\n: b\n',
  '&ancla clave: 1\nclave: 2\n*ancla : 3\n',
  '"comillas": 1\ncomillas: 2\n\'comillas\': 3\n',
  'lista:\n  - a: 1\n    a: 2\n  - a: 3\nlista: otra\n',
  'a: "sin cerrar\na: 2\n',
  'a: 1\n  b: 2\na: 3\n',
];

describe('parseYaml finds duplicate keys without the package’s quadratic check', () => {
  it.each(HAND_MADE.map((src) => [JSON.stringify(src), src]))(
    'reports what the package reports for %s',
    (_name, src) => {
      expect(parseYaml(src).errors).toEqual(packageProblems(src));
    },
  );

  it('reports what the package reports for every front matter of the corpus', () => {
    let compared = 0;
    let withDuplicates = 0;
    for (const file of corpusFiles()) {
      const yaml = frontMatterOf(readPostFile(file));
      if (yaml === null) continue;
      const expected = packageProblems(yaml);
      expect(parseYaml(yaml).errors, file).toEqual(expected);
      compared += 1;
      if (expected.some((e) => e.code === 'DUPLICATE_KEY')) withDuplicates += 1;
    }
    expect(compared).toBeGreaterThan(200);
    // The corpus has real posts with a repeated key; the comparison covers them.
    expect(withDuplicates).toBeGreaterThan(0);
  });

  it('keeps the last value of a repeated key, as before', () => {
    const { data, errors } = parseYaml('title: uno\ntags: [a]\ntitle: dos\n');
    expect(data).toEqual({ title: 'dos', tags: ['a'] });
    expect(errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY']);
  });

  it('finds each repeat among 3,000 keys', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `clave${i}: valor ${i}`);
    lines.push('clave7: otra vez', 'clave2999: y otra');
    const src = `${lines.join('\n')}\n`;
    const { errors } = parseYaml(src);
    expect(errors).toEqual([
      {
        code: 'DUPLICATE_KEY',
        message: 'Map keys must be unique',
        offset: src.indexOf('clave7: otra'),
      },
      {
        code: 'DUPLICATE_KEY',
        message: 'Map keys must be unique',
        offset: src.indexOf('clave2999: y otra'),
      },
    ]);
  });
});
