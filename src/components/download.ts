/** Handing a file to the browser as a download: the one place that does it (touches the DOM). */

/** Starts the download of `blob` as file `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click returns; the delay covers slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Starts the download of `bytes` as file `name` of type `mime`. */
export function downloadBytes(name: string, bytes: Uint8Array, mime: string): void {
  downloadBlob(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
}

/** Starts the download of `text` as Markdown file `name`, in UTF-8. */
export function downloadText(name: string, text: string): void {
  downloadBlob(name, new Blob([text], { type: 'text/markdown;charset=utf-8' }));
}

/** Returns the bytes of a File (or Blob) the person chose or dropped. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
