const encoder = new TextEncoder();

/** Returns the UTF-8 byte length of `text` (what a downloaded file would weigh). */
export function byteSize(text: string): number {
  return encoder.encode(text).length;
}

/** Returns a new random draft id (a UUID when the platform has `crypto.randomUUID`). */
export function newId(): string {
  // randomUUID exists only in secure contexts; a plain-http LAN host still needs ids.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
