import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePost, serializePost, setField, type Post } from './post.ts';
import { withPath } from './post-data.ts';

type Eol = '\n' | '\r\n' | '\r';

/** One generated front-matter entry: its lines (without eol) and the data it stands for. */
interface Entry {
  key: string | null; // null for a comment line
  lines: string[];
  value: unknown;
}

const word = fc.stringMatching(/^[a-záéíóúñ][a-z0-9áéíóúñ_-]{0,8}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
// Mostly YAML's special characters, so quoting and escaping are really exercised.
const tricky = fc.constantFrom(...'"\'\\:#-?{}[],&*!|>%@` \t\n\r.~0123456789aeñ'.split(''));
const unit = fc.oneof(
  { weight: 3, arbitrary: tricky },
  fc.constantFrom('true', 'null', '---', '2016-06-03', 'é', '😀'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const anyText = fc.string({ unit, maxLength: 12 });
const noBreakText = anyText.map((s) => s.replace(/[\r\n\u0085\u2028\u2029]/g, ' '));
const spaces = fc.constantFrom(' ', '  ', '   ');
const comment = fc.option(
  phrase.map((c) => ` # ${c}`),
  { nil: '' },
);

const pair = (text: string, value: unknown): [string, unknown] => [text, value];
const two = (n: number) => String(n).padStart(2, '0');

/** A scalar as YAML text (in some quoting style) with the value it reads as. */
const scalar: fc.Arbitrary<[string, unknown]> = fc.oneof(
  phrase.filter((p) => !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(p)).map((p) => pair(p, p)),
  anyText.map((s) => pair(JSON.stringify(s), s)),
  noBreakText.map((s) => pair(`'${s.replaceAll("'", "''")}'`, s)),
  fc.integer().map((n) => pair(String(n), n)),
  fc.boolean().map((b) => pair(String(b), b)),
  fc.constantFrom(pair('~', null), pair('', null), pair('null', null)),
  fc
    .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.nat(27))
    .map(([y, m, d]) => {
      const s = `${y}-${two(m)}-${two(d + 1)} 12:00:00 -0300`;
      return pair(s, s);
    }),
);

function scalarEntry(key: string): fc.Arbitrary<Entry> {
  return fc.tuple(scalar, spaces, comment).map(([[text, value], sp, c]) => ({
    key,
    lines: [`${key}:${text === '' ? '' : sp + text}${text === '' ? '' : c}`],
    value,
  }));
}

function listEntry(key: string): fc.Arbitrary<Entry> {
  return fc
    .tuple(
      fc.array(
        scalar.filter(([t]) => t !== ''),
        { minLength: 1, maxLength: 3 },
      ),
      fc.boolean(),
    )
    .map(([items, flow]) => ({
      key,
      lines: flow
        ? [
            `${key}: [${items.map(([t]) => (t.startsWith("'") || t.startsWith('"') ? t : JSON.stringify(t))).join(', ')}]`,
          ]
        : [`${key}:`, ...items.map(([t]) => `  - ${t}`)],
      value: items.map(([t, v]) => (flow && !/^['"]/.test(t) ? t : v)),
    }));
}

function mapEntry(key: string): fc.Arbitrary<Entry> {
  return fc
    .uniqueArray(fc.tuple(word, scalar), { minLength: 1, maxLength: 3, selector: ([k]) => k })
    .map((pairs) => ({
      key,
      lines: [`${key}:`, ...pairs.map(([k, [t]]) => `  ${k}:${t === '' ? '' : ` ${t}`}`)],
      value: Object.fromEntries(pairs.map(([k, [, v]]) => [k, v])),
    }));
}

const entries = fc
  .uniqueArray(word, { minLength: 1, maxLength: 6 })
  .chain((keys) =>
    fc.tuple(
      ...keys.map((k) =>
        fc.oneof({ weight: 4, arbitrary: scalarEntry(k) }, listEntry(k), mapEntry(k)),
      ),
      fc.array(
        phrase.map((c): Entry => ({ key: null, lines: [`# ${c}`], value: null })),
        { maxLength: 2 },
      ),
    ),
  )
  .map((parts) => {
    const comments = parts.pop() as Entry[];
    return [...comments, ...(parts as Entry[])];
  });

interface PostShape {
  entries: Entry[];
  eol: Eol;
  bom: boolean;
  close: string;
  body: string[];
  finalEol: boolean;
}

const postArb: fc.Arbitrary<PostShape> = fc.record({
  entries,
  eol: fc.constantFrom<Eol>('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  close: fc.constantFrom('---', '...'),
  body: fc.array(fc.oneof(noBreakText, fc.constant('---'), fc.constant('')), { maxLength: 5 }),
  finalEol: fc.boolean(),
});

function build(p: PostShape) {
  const { eol } = p;
  const starts: number[] = [];
  let yaml = '';
  for (const e of p.entries) {
    starts.push(yaml.length);
    yaml += e.lines.map((l) => l + eol).join('');
  }
  starts.push(yaml.length);
  const head = `${p.bom ? '\uFEFF' : ''}---${eol}`;
  const text = `${head}${yaml}${p.close}${eol}${p.body.join(eol)}${p.finalEol ? eol : ''}`;
  const data: Record<string, unknown> = {};
  for (const e of p.entries) if (e.key !== null) data[e.key] = e.value;
  return { text, data, starts: starts.map((s) => s + head.length) };
}

const newValue = fc.oneof(
  anyText,
  phrase,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(anyText, { maxLength: 3 }),
  fc.dictionary(word, anyText, { maxKeys: 2 }),
  fc.constant(undefined),
);

/** Every field of a post, read (an edited post's text and body are getters). */
const postFields = ({ text, body, data, errors, ranges, language, eol, bom }: Post) => ({
  text,
  body,
  data,
  errors,
  ranges,
  language,
  eol,
  bom,
});

describe('generated posts', () => {
  it('round-trip byte for byte and read the data they were built from', () => {
    fc.assert(
      fc.property(postArb, (p) => {
        const { text, data } = build(p);
        const post = parsePost(text);
        expect(serializePost(post)).toBe(text);
        expect(post.errors).toEqual([]);
        expect(post.data).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('change only the edited key’s text, in the file’s line endings', () => {
    fc.assert(
      fc.property(postArb, fc.nat(), newValue, (p, pick, value) => {
        const { text, starts } = build(p);
        const keyed = p.entries.flatMap((e, i) => (e.key === null ? [] : [i]));
        const index = keyed[pick % keyed.length];
        const entry = p.entries[index];
        const sub = entry.value;
        // Half the time, edit inside a nested map or list instead of the top-level value.
        const inner =
          pick % 2 === 1 && sub !== null && typeof sub === 'object'
            ? [Array.isArray(sub) ? (pick >> 1) % sub.length : Object.keys(sub)[0]]
            : [];
        const fieldPath = [entry.key as string, ...inner];
        const post = parsePost(text);
        const next = setField(post, fieldPath, value);
        expect(next.errors).toEqual([]);
        // The edited post (its front matter read alone, post.ts parseEdited) reads as a parse.
        expect(postFields(next)).toEqual(postFields(parsePost(next.text)));
        expect(parsePost(next.text).data).toEqual(withPath(post.data, fieldPath, value));
        const before = text.slice(0, starts[index]);
        const after = text.slice(starts[index + 1]);
        expect(next.text.startsWith(before)).toBe(true);
        expect(next.text.endsWith(after)).toBe(true);
        const changed = next.text.slice(before.length, next.text.length - after.length);
        const breaks = changed.match(/\r\n|\r|\n/g) ?? [];
        expect(breaks.every((b) => b === p.eol)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('add a new key at the end of the block', () => {
    fc.assert(
      fc.property(postArb, newValue, (p, value) => {
        const { text, starts } = build(p);
        const post = parsePost(text);
        const next = setField(post, ['zz_nuevo'], value);
        expect(parsePost(next.text).data).toEqual(withPath(post.data, ['zz_nuevo'], value));
        const end = starts[starts.length - 1];
        expect(next.text.startsWith(text.slice(0, end))).toBe(true);
        expect(next.text.endsWith(text.slice(end))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
