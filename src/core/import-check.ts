/**
 * Deciding whether a file's bytes are a text post Pluma can import, and decoding them without
 * losing a character: a UTF-8 BOM stays in the text (so the export gives the same bytes back),
 * UTF-16 with a BOM is decoded, and everything else must be valid UTF-8 text.
 */

/** The largest file Pluma imports as a post: 5 MB (a long post is well under 1 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The encoding a file was read in. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A file accepted as text, or the sentence that says why it was not. */
export type ImportCheck =
  { ok: true; text: string; encoding: ImportEncoding } | { ok: false; reason: string };

// Formats people drop by mistake; a match names the format in the alert.
const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a WebP image', [0x52, 0x49, 0x46, 0x46]],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Returns '1.2 MB' / '340 KB' / '12 bytes' for a size in bytes. */
export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} bytes`;
}

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
 * characters. Otherwise returns `ok: false` with a sentence naming the file.
 */
export function checkImportBytes(
  name: string,
  bytes: Uint8Array,
  { maxBytes = MAX_IMPORT_BYTES }: { maxBytes?: number } = {},
): ImportCheck {
  const quoted = `“${name}”`;
  const refused = (why: string): ImportCheck => ({
    ok: false,
    reason: `${quoted} was not imported: ${why}`,
  });
  if (bytes.length > maxBytes) {
    return refused(
      `it is ${formatBytes(bytes.length)}, and Pluma imports text files up to ${formatBytes(maxBytes)}.`,
    );
  }
  const magic = MAGIC.find(([, prefix]) => startsWith(bytes, prefix));
  if (magic) return refused(`it is ${magic[0]}, not a Markdown or text file.`);

  let encoding: ImportEncoding = 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = 'utf-16be';
  else if (bytes.includes(0)) return refused('it contains binary data, not text.');

  let text: string;
  try {
    // ignoreBOM keeps the BOM as U+FEFF in the text, so exporting gives it back.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refused(
      encoding === 'utf-8'
        ? 'it is not UTF-8 text. Save it as UTF-8 in your editor and import it again.'
        : 'it says it is UTF-16 text but is not valid UTF-16.',
    );
  }
  if (text.includes('\u0000') || controlShare(text) > 0.01) {
    return refused('it contains binary data, not text.');
  }
  return { ok: true, text, encoding };
}
