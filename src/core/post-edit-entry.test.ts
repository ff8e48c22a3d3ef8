/**
 * A field edit of a front matter read entry by entry (`readYaml`) is planned in the edited key's
 * entry alone (post-edit.ts's `entryPlan`) instead of the whole YAML document, which it would
 * otherwise parse on every key typed in the form. These tests check that it makes the very edit
 * the whole document gives: on every post of the corpus read that way, for every path and a
 * range of values, and on generated front matter of the shapes the reader takes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readPostFile, SAMPLE_POST } from '../../fixtures/paths.mjs';
import { EditedText, fieldChange, parsePost, type Post } from './post.ts';
import { bodyOf } from './post-text.ts';
import { getIn } from './post-data.ts';
import { recalledYaml, rememberYaml } from './post-edit.ts';
import { loneCrToLf } from './text.ts';
import { parseYaml, type YamlResult } from './yaml-doc.ts';
import { pathsOf } from './post-data.fixture.ts';

/** Returns a copy of `post` whose edits plan in its whole YAML document (no entries). */
function byDocument(post: Post): Post {
  const copy = parsePost(post.text);
  const range = post.ranges.yaml!;
  rememberYaml(copy, parseYaml(loneCrToLf(post.text.slice(range.from, range.to))));
  return copy;
}

/** What `fieldChange` gives: the edit and the new text, or the error's message. */
function outcome(post: Post, path: (string | number)[], value: unknown) {
  try {
    const change = fieldChange(post, path, value);
    return change && { edit: change.edit, text: change.post.text, data: change.post.data };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** The values each path is set to: a typed key, quoting cases, other types. */
function valuesFor(current: unknown): unknown[] {
  const typed = typeof current === 'string' ? `${current}x` : 'x';
  return [
    typed,
    typed.slice(0, -1),
    'dice: "sí" # no es comentario',
    "it's",
    '',
    'dos\nlíneas',
    '2017-01-02 10:00:00 -0300',
    42,
    true,
    null,
    ['uno', 'dos'],
    { clave: 'valor' },
  ];
}

/**
 * Returns a copy of `post` read entry by entry whose whole YAML document, when an edit asks for
 * it, is parsed after `onParse` is called (by default, it may not be: that throws).
 */
function watched(
  post: Post,
  onParse = (): void => {
    throw new Error('the whole YAML document was parsed');
  },
): Post {
  const read = recalledYaml(post)!;
  const copy = parsePost(post.text);
  let doc: YamlResult['doc'] | undefined;
  rememberYaml(copy, {
    data: read.data,
    errors: read.errors,
    entries: read.entries,
    get doc() {
      onParse();
      return (doc ??= read.doc);
    },
  });
  return copy;
}

/** Returns whether `post`'s front matter was read entry by entry. */
const readByEntry = (post: Post) => recalledYaml(post)?.entries !== undefined;

describe('field edits planned in their entry', () => {
  it('make the edit the whole document makes, on every post of the corpus read by entry', () => {
    let posts = 0;
    let edits = 0;
    let parsed = 0;
    for (const file of corpusFiles()) {
      const post = parsePost(readPostFile(file));
      if (!readByEntry(post)) continue;
      posts++;
      const whole = byDocument(post);
      expect(readByEntry(whole)).toBe(false);
      const paths = pathsOf(post.data).slice(0, 40);
      paths.push(['tags', 0, 'nested'], [Object.keys(post.data)[0] ?? 'title', 'new']);
      for (const path of paths) {
        // A new key goes where the whole document says; only the edits of keys the post has
        // are counted.
        const own = Object.hasOwn(post.data, path[0]);
        for (const value of valuesFor(getIn(post.data, path))) {
          const probe = own ? watched(post, () => parsed++) : post;
          expect(outcome(probe, path, value), `${file} ${path.join('.')}`).toEqual(
            outcome(whole, path, value),
          );
          if (own) edits++;
        }
      }
    }
    expect(posts).toBeGreaterThanOrEqual(200);
    expect(edits).toBeGreaterThan(20_000);
    // Only edits none of whose entry's candidates reads back go on to the whole document (a
    // value that must replace a comment, say), and then fail there too or get the same edit.
    expect(parsed / edits).toBeLessThan(0.02);
  });

  it('types a title key by key as the whole document does, without parsing it, in the sample post', () => {
    let post = parsePost(readPostFile(SAMPLE_POST));
    expect(readByEntry(post)).toBe(true);
    let title = String(post.data.title);
    for (const ch of 'Otro título: "con comillas" y #almohadilla') {
      title += ch;
      const change = fieldChange(watched(post), ['title'], title)!;
      expect(change).toEqual(fieldChange(byDocument(post), ['title'], title));
      post = change.post;
      expect(post.data.title).toBe(title);
      // Only the front matter was read: the body is the old text's, not made whole again.
      expect(bodyOf(post)).toBeInstanceOf(EditedText);
    }
  });

  it('agrees with the whole document on generated front matter', () => {
    let edits = 0;
    let parsed = 0;
    const key = fc.constantFrom('title', 'date', 'tags', 'author', 'layout', 'x-y_z');
    const scalar = fc.oneof(
      fc.constantFrom('"Hola"', "'Hola'", 'Hola # nota', '', '2016-06-03 12:00:00 -0300', '007'),
      fc.constantFrom('true', 'null', '~', '1.5', '"a: b"', '"dice \'sí\'"'),
    );
    const entry = fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      fc
        .tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 }))
        .map(([k, items]) => `${k}:\n${items.map((v) => `  - ${v}`).join('\n')}`),
      fc.tuple(key, scalar).map(([k, v]) => `${k}:\n  nombre: ${v}\n  # comentario`),
      fc.tuple(key, scalar).map(([k, v]) => `${k}: |\n  ${v}\n  más`),
    );
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom<unknown>(null, 3, false, ['a'], { b: 'c' }, 'a\nb', '# no', '- no'),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { minLength: 1, maxLength: 6, selector: (e) => e.split(':')[0] }),
        fc.constantFrom('\n', '\r\n'),
        fc.nat(),
        value,
        (entries, eol, pick, v) => {
          const text = `---${eol}${entries.join('\n').replaceAll('\n', eol)}${eol}---${eol}Cuerpo${eol}`;
          const post = parsePost(text);
          if (!readByEntry(post)) return;
          const paths = pathsOf(post.data);
          const path = paths[pick % paths.length] ?? ['title'];
          const probe = watched(post, () => parsed++);
          expect(outcome(probe, path, v)).toEqual(outcome(byDocument(post), path, v));
          edits++;
        },
      ),
      { numRuns: 3_000 },
    );
    expect(edits).toBeGreaterThan(2_000);
    expect(parsed / edits).toBeLessThan(0.05);
  });
});
