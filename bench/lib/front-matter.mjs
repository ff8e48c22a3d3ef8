/**
 * Front matter parse time (issue 15): the project's own `parsePost` (bundled for Node) on posts
 * whose front matter has 5,000, 10,000 and 20,000 keys, to see whether it grows linearly.
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

/** The most one size may take; a size whose parses take longer gets fewer runs (at least one). */
const SIZE_BUDGET_MS = 20_000;

/**
 * Times `parsePost` on each size: one warm-up parse of a small front matter, then up to `runs`
 * parses per size (fewer once one size has taken SIZE_BUDGET_MS), a new text each time; the
 * median. Checks that the data has every key and no error, and returns the times and the ratio
 * of the largest size's time to the smallest's (linear growth gives the ratio of their keys).
 */
export function benchFrontMatter(parsePost, sampleFrontMatter, { runs }) {
  parsePost(frontMatterPost(sampleFrontMatter, 1_000, 'warm-up'));
  const sizes = FRONT_MATTER_KEYS.map((keys) => {
    const times = [];
    let problem = null;
    let spent = 0;
    for (let i = 0; i < runs && (i === 0 || spent < SIZE_BUDGET_MS); i++) {
      const text = frontMatterPost(sampleFrontMatter, keys, i);
      const t = performance.now();
      const post = parsePost(text);
      const ms = performance.now() - t;
      times.push(ms);
      spent += ms;
      const got = Object.keys(post.data).length;
      if (got !== keys || post.errors.length > 0) {
        problem = `parsed ${got} keys, ${post.errors.length} errors (${post.errors[0]?.message ?? ''})`;
      }
    }
    return { keys, ms: median(times), times, problem };
  });
  const first = sizes[0];
  const last = sizes.at(-1);
  return { runs, sizes, ratio: last.ms / first.ms, keysRatio: last.keys / first.keys };
}
