/** Saving a text as a file through the browser's download. */

/** Starts the download of `text` as file `name` (Markdown, UTF-8). Touches the DOM. */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click returns; a short delay covers slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Returns the download name of a snapshot: the draft's filename with the snapshot's time. */
export function snapshotFilename(filename: string | null, createdAt: number): string {
  const base = (filename ?? 'draft.md').replace(/\.[^.]*$/, '');
  const stamp = new Date(createdAt).toISOString().slice(0, 19).replace(/[T:]/g, '-');
  return `${base}.snapshot-${stamp}.md`;
}
