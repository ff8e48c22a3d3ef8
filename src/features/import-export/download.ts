/** Handing bytes to the browser as a download. */

/** Starts the download of `bytes` as file `name` of type `mime`. Touches the DOM. */
export function downloadBytes(name: string, bytes: Uint8Array, mime: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click returns; a delay covers slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Returns the bytes of a File (or Blob) the person chose or dropped. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
