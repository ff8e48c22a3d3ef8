/**
 * Front matter parse time (issue 15): the project's own `parsePost` (bundled for Node) on posts
 * whose front matter has 5,000, 10,000 and 20,000 keys, to see whether it grows linearly; and
 * the time of a key typed in the form's Title field on those posts (`fieldChange`, the edit the
 * form makes), beside the parse of the same post measured in the same run.
 */
import { median } from './stats.mjs';

export const FRONT_MATTER_KEYS = [5_000, 10_000, 20_000];

/**
 * Returns a post whose front matter has exactly `keys` top-level keys: the sample post's own
 * keys first, then numbered scalar fields of the kinds a post holds (quoted and plain strings,
 * numbers, booleans, dates), each key once; `variant` changes the body so no cache can answer.
 */
export function frontMatterPost(sampleFrontMatter, keys, variant) {
  const own = sampleFrontMatter.split('\n').slice(1, -2);
  const ownKeys = own.filter((l) => /^[A-Za-z_][\w-]*:/.test(l)).length;
  const values = [
    (i) => `"Texto del campo ${i}: datos abiertos"`,
    (i) => `valor simple ${i}`,
    (i) => String(i * 7),
    (i) => (i % 2 ? 'true' : 'false'),
    (i) => `2016-06-${String((i % 28) + 1).padStart(2, '0')} 12:00:00 -0300`,
  ];
  const lines = [];
  for (let i = 0; i < keys - ownKeys; i++) {
    lines.push(`campo_${String(i).padStart(5, '0')}: ${values[i % values.length](i)}`);
  }
  return `---\n${[...own, ...lines].join('\n')}\n---\nCuerpo del post ${variant}.\n`;
}

/** Keys typed in the Title field per size. */
const FORM_KEYS = 5;

/**
 * Types FORM_KEYS letters at the end of `post`'s title with `fieldChange`, as the form does (each
 * key edits the post the previous one gave); returns the median ms per key, and a problem when a
 * key's post does not read back the title typed.
 */
function typeTitle(fieldChange, post) {
  const times = [];
  let title = String(post.data.title);
  let problem = null;
  for (let i = 0; i < FORM_KEYS; i++) {
    title += 'x';
    const t = performance.now();
    const change = fieldChange(post, ['title'], title);
    times.push(performance.now() - t);
    if (change?.post.data.title !== title) {
      problem = `a key typed in the title did not read back`;
      break;
    }
    post = change.post;
  }
  return { ms: median(times), keys: times.length, problem };
}

/** The most one size may take; a size whose parses take longer gets fewer runs (at least one). */
const SIZE_BUDGET_MS = 20_000;

/**
 * Times `parsePost` on each size: one warm-up parse and title key of a small front matter, then
 * up to `runs` parses per size (fewer once one size has taken SIZE_BUDGET_MS), a new text each
 * time; the median. Checks that the data has every key and no error, and returns the times, the
 * ratio of the largest size's time to the smallest's (linear growth gives the ratio of their
 * keys), and each size's title keys (`form`: median ms per key, see typeTitle).
 */
export function benchFrontMatter(parsePost, fieldChange, sampleFrontMatter, { runs }) {
  typeTitle(fieldChange, parsePost(frontMatterPost(sampleFrontMatter, 1_000, 'warm-up')));
  const sizes = FRONT_MATTER_KEYS.map((keys) => {
    const times = [];
    let problem = null;
    let spent = 0;
    let post = null;
    for (let i = 0; i < runs && (i === 0 || spent < SIZE_BUDGET_MS); i++) {
      const text = frontMatterPost(sampleFrontMatter, keys, i);
      const t = performance.now();
      post = parsePost(text);
      const ms = performance.now() - t;
      times.push(ms);
      spent += ms;
      const got = Object.keys(post.data).length;
      if (got !== keys || post.errors.length > 0) {
        problem = `parsed ${got} keys, ${post.errors.length} errors (${post.errors[0]?.message ?? ''})`;
      }
    }
    const form = typeTitle(fieldChange, post);
    return { keys, ms: median(times), times, problem: problem ?? form.problem, form };
  });
  const first = sizes[0];
  const last = sizes.at(-1);
  return { runs, sizes, ratio: last.ms / first.ms, keysRatio: last.keys / first.keys };
}
