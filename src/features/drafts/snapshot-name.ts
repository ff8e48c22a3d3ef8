/** The file name a snapshot downloads under. */

/** Returns the download name of a snapshot: the draft's filename with the snapshot's time. */
export function snapshotFilename(filename: string | null, createdAt: number): string {
  const base = (filename ?? 'draft.md').replace(/\.[^.]*$/, '');
  const stamp = new Date(createdAt).toISOString().slice(0, 19).replace(/[T:]/g, '-');
  return `${base}.snapshot-${stamp}.md`;
}
