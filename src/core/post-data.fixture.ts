/** Test helpers over a post's data (used by the front-matter property tests). */

/** Returns every path into `value`: each key or index, at every depth. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const steps: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  return steps.flatMap(([step, item]) => [[...prefix, step], ...pathsOf(item, [...prefix, step])]);
}
