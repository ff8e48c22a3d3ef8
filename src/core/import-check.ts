/**
 * Deciding whether a file's bytes are a text post Pluma can import, and decoding them without
 * losing a character: a UTF-8 BOM stays in the text (so the export gives the same bytes back),
 * UTF-16 with a BOM is decoded, and everything else must be valid UTF-8 text.
 */

/** The largest file Pluma imports as a post: 5 MB (a long post is well under 1 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The encoding a file was read in. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A format people drop by mistake instead of a post; the alert names it. */
export type KnownFormat = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'webp';

/**
 * Why a file was not imported, as data: the view says it in the person's language (message
 * `import.why.<why>`, with `size` and `max` in bytes or the `format`).
 */
export type ImportRefusal =
  | { name: string; why: 'tooLarge'; size: number; max: number }
  | { name: string; why: 'format'; format: KnownFormat }
  | { name: string; why: 'binary' | 'notUtf8' | 'badUtf16' };

/** A file accepted as text, or why it was not. */
export type ImportCheck =
  { ok: true; text: string; encoding: ImportEncoding } | { ok: false; refusal: ImportRefusal };

const MAGIC: [KnownFormat, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['webp', [0x52, 0x49, 0x46, 0x46]],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Returns how many of the first 8 KB decoded characters are control characters (not tab/newline/FF). */
function controlShare(text: string): number {
  const head = text.slice(0, 8192);
  if (head.length === 0) return 0;
  // eslint-disable-next-line no-control-regex
  const controls = head.match(/[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f]/g);
  return (controls?.length ?? 0) / head.length;
}

/**
 * Returns the text of file `name` when its bytes are a text post: at most `maxBytes`
 * (MAX_IMPORT_BYTES), not a known binary format, valid UTF-8 (a BOM is kept as U+FEFF) or UTF-16
 * with a BOM (decoded; the BOM is kept as U+FEFF too), and without NUL or many control
 * characters. Otherwise returns `ok: false` with the refusal.
 */
export function checkImportBytes(
  name: string,
  bytes: Uint8Array,
  { maxBytes = MAX_IMPORT_BYTES }: { maxBytes?: number } = {},
): ImportCheck {
  const refused = (refusal: ImportRefusal): ImportCheck => ({ ok: false, refusal });
  if (bytes.length > maxBytes) {
    return refused({ name, why: 'tooLarge', size: bytes.length, max: maxBytes });
  }
  const magic = MAGIC.find(([, prefix]) => startsWith(bytes, prefix));
  if (magic) return refused({ name, why: 'format', format: magic[0] });

  let encoding: ImportEncoding = 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = 'utf-16be';
  else if (bytes.includes(0)) return refused({ name, why: 'binary' });

  let text: string;
  try {
    // ignoreBOM keeps the BOM as U+FEFF in the text, so exporting gives it back.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refused({ name, why: encoding === 'utf-8' ? 'notUtf8' : 'badUtf16' });
  }
  if (text.includes('\u0000') || controlShare(text) > 0.01) {
    return refused({ name, why: 'binary' });
  }
  return { ok: true, text, encoding };
}
