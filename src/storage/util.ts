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

/**
 * Returns `text` folded for searching: lower case, without accents, so that "articulo" finds
 * "Artículo" (the posts are mostly in Spanish). The ñ stays: "año" and "ano" are other words.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/(n\u0303)|\p{M}+/gu, (_mark, enye?: string) => (enye ? 'ñ' : ''));
}
