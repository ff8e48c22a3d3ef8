/**
 * Returns the UTF-8 byte length of `text` (what a downloaded file would weigh), as
 * `TextEncoder` counts it (a lone surrogate as U+FFFD, 3 bytes), without encoding it: a save of
 * a 50,000-word post would otherwise allocate and collect its 300 kB of UTF-8.
 */
export function byteSize(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A pair: 4 bytes for its 2 units; a lone high surrogate: U+FFFD, 3 bytes.
      bytes += 2;
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Returns a new random draft id (a UUID when the platform has `crypto.randomUUID`). */
export function newId(): string {
  // randomUUID exists only in secure contexts; a plain-http LAN host still needs ids.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
