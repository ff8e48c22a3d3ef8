/** Repository paths made unique, apart from the zip code in bundle.ts (which loads on use). */

/**
 * Returns the paths with every repeat made unique by a suffix before the extension
 * (`a.md`, `a-2.md`, `a-3.md`), in the same order. `taken` paths count as already used.
 */
export function uniquePaths(paths: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken);
  return paths.map((path) => {
    let candidate = path;
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    const cut = dot > slash + 1 ? dot : path.length;
    for (let n = 2; used.has(candidate); n++) {
      candidate = `${path.slice(0, cut)}-${n}${path.slice(cut)}`;
    }
    used.add(candidate);
    return candidate;
  });
}
