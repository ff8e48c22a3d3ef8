import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readPostFile } from '../../fixtures/paths.mjs';
import { splitFrontMatter } from './front-matter.ts';
import { fieldRange, parsePost, type Post } from './post.ts';
import { rememberYaml } from './post-edit.ts';
import { loneCrToLf } from './text.ts';
import { parseYaml } from './yaml-doc.ts';
import { readFlatYaml, readYaml } from './yaml-flat.ts';
import { pathsOf } from './post-data.fixture.ts';

/** Returns the YAML source of `text`'s front matter (lone CRs made LF, as `parsePost` reads it). */
function yamlSource(text: string): string | null {
  const block = splitFrontMatter(text).block;
  return block ? loneCrToLf(text.slice(block.yaml.from, block.yaml.to)) : null;
}

/**
 * Checks that `text`'s flat reading agrees with the `yaml` package: the same data, no errors in
 * the package's parse, and every value range (and a missing or deeper path) as `fieldRange`
 * finds it in the package's document. Returns whether the front matter was read flat.
 */
function agreesWithYaml(text: string): boolean {
  const src = yamlSource(text);
  if (src === null) return false;
  const flat = readFlatYaml(src);
  if (!flat) return false;
  const full = parseYaml(src);
  expect(full.errors).toEqual([]);
  expect(flat.data).toStrictEqual(full.data);
  expect(Object.keys(flat.data)).toEqual(Object.keys(full.data));
  const post = parsePost(text);
  expect(post.data).toStrictEqual(full.data);
  const byDoc: Post = parsePost(text);
  rememberYaml(byDoc, full);
  const paths = [...pathsOf(full.data), ['missing key'], ['title', 0], ['tags', 9]];
  for (const path of paths) expect(fieldRange(post, path)).toEqual(fieldRange(byDoc, path));
  return true;
}

describe('readFlatYaml on the corpus', () => {
  const corpus = corpusFiles().map((file) => readPostFile(file));

  it('reads as the yaml package does every front matter it takes, and takes many', () => {
    let flat = 0;
    for (const text of corpus) if (agreesWithYaml(text)) flat++;
    // 240 of the 259 posts are read entry by entry; the others (anchors, tabs…) are not.
    expect(flat).toBeGreaterThanOrEqual(200);
    expect(flat).toBeLessThan(corpus.length);
  });
});

const word = fc.stringMatching(/^[A-Za-z_][\w-]{0,6}$/);
// Characters YAML gives meaning to, beside letters, digits and non-ASCII text.
const unit = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...'"\'\\:#-?{}[],&*!|>%@` .~+_0123456789eExXoa'.split('')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('ñ', 'é', '¿', '😀', '\u00a0', '\t', '\u2028', '\ufeff'),
  },
  { weight: 1, arbitrary: fc.constantFrom('true', 'Null', '.inf', '.NaN', '0x1F', '0o17', '1e3') },
);
const anything = fc.string({ unit, maxLength: 10 });
const value = fc.oneof(
  anything,
  anything.map((s) => `"${s}"`),
  anything.map((s) => `'${s}'`),
  fc.constantFrom(
    '',
    '~',
    'null',
    'TRUE',
    'false',
    '007',
    '-12',
    '+3.5',
    '.5',
    '-.inf',
    '12345678901234567890',
  ),
  fc.constantFrom(
    '2016-06-03 12:00:00 -0300',
    'http://x.org/a#b',
    'a: b',
    'a:',
    'C#',
    'x #c',
    '- a',
  ),
);
/** Lines that make an entry more than one line: lists, nested maps, block and flow scalars. */
const more = fc.constantFrom(
  '  - uno',
  '- dos',
  '  - img: "x.jpg"\n    caption: "pie"',
  '  sub: 1',
  '  sub: [a, b]',
  '  texto largo',
  '',
  '  # nota',
  '# nota',
  '  - &a x\n  - *a',
  '  -',
  '\tx',
  '  "q": 1',
  '  |',
);
const complexValue = fc.constantFrom(
  '[a, b]',
  '{a: 1}',
  '"esc\\n"',
  '|',
  '>-',
  '|+',
  '&ancla x',
  '*ancla',
  '!!str 12',
  '"abierta',
  '[a,',
);
const line = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .tuple(word, fc.constantFrom(':', ': '), complexValue, fc.array(more, { maxLength: 3 }))
      .map(([key, colon, v, rest]) => [key + colon + v, ...rest].join('\n')),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        word,
        fc.constantFrom(':', ': ', ':  ', ' : '),
        value,
        fc.constantFrom('', ' ', ' # nota', '# x'),
      )
      .map((parts) => parts.join('')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '   ',
      '# comentario',
      '  - item',
      '  sangría: 1',
      '---',
      '...',
      'null: 1',
      'true: x',
    ),
  },
);
const frontMatter = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'));

describe('readFlatYaml on generated front matter', () => {
  it('agrees with the yaml package wherever it reads, and declines the rest', () => {
    let read = 0;
    let declined = 0;
    fc.assert(
      fc.property(frontMatter, ([lines, eol]) => {
        const text = `---${eol}${lines.map((l) => l + eol).join('')}---${eol}Cuerpo${eol}`;
        if (agreesWithYaml(text)) read++;
        else declined++;
      }),
      { numRuns: Number(process.env.FLAT_RUNS ?? 3_000) },
    );
    // Both outcomes happen often, so neither side of the law is vacuous.
    expect(read).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(300);
  });

  it('declines what it must leave to the yaml package', () => {
    for (const src of [
      'a: b: c\n',
      'a: 1\na: 2\n',
      'a:\tb\n',
      'a: &x 1\nb: *x\n',
      'null: 1\n',
      '  a: 1\n',
      'a:b\n',
      '"a": 1\n',
      'a: [1,\nb: 2]\n',
      '---\n',
      '%YAML 1.2\n',
    ]) {
      expect(readFlatYaml(src), src).toBeNull();
    }
  });
});

describe('readYaml', () => {
  it('keeps a key named __proto__ as a field of the data, as parseYaml does', () => {
    const src = '__proto__: x\nconstructor: 1\n';
    const data = readYaml(src).data;
    expect(readYaml(src).entries).toBeDefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('x');
    expect(data).toStrictEqual(parseYaml(src).data);
  });

  it("gives a flat source's value ranges, and its document when asked, as parseYaml parses it, once", () => {
    const src = 'title: "Hola"\nfecha: 2016-06-03 12:00:00 -0300\ndraft: false\n';
    const lazy = readYaml(src);
    expect(lazy.entries?.get('fecha')).toEqual({ from: 21, to: 46 });
    expect(lazy.doc.toString()).toBe(parseYaml(src).doc.toString());
    expect(lazy.doc).toBe(lazy.doc);
  });

  it('parses an entry of more than one line on its own, and any source it declines at once', () => {
    const src = 'title: Hola\ntags:\n  - a\n  - b\n';
    const entry = readYaml(src).entries?.get('tags');
    expect(entry && 'src' in entry ? [entry.offset, entry.src] : null).toEqual([
      12,
      'tags:\n  - a\n  - b\n',
    ]);
    expect(readYaml(src).data).toEqual({ title: 'Hola', tags: ['a', 'b'] });
    const declined = readYaml('a: &x 1\nb: *x\n');
    expect(declined.entries).toBeUndefined();
    expect(declined.data).toEqual({ a: 1, b: 1 });
  });
});
