import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, checkImportBytes } from './import-check';
import { CORPUS_DIR, SAMPLES_DIR } from '../../fixtures/paths.mjs';

/** Every corpus post (MANIFEST.tsv is the corpus's index, not a post). */
function corpusFiles(): string[] {
  return (
    readdirSync(CORPUS_DIR, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
  )
    .filter((d) => d.isFile() && d.name !== 'MANIFEST.tsv')
    .map((d) => path.join(d.parentPath, d.name));
}

const bytesOf = (file: string) => new Uint8Array(readFileSync(file));
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

describe('checkImportBytes', () => {
  it('accepts all 259 corpus posts, and their UTF-8 text re-encodes to the same bytes', () => {
    const files = corpusFiles();
    expect(files).toHaveLength(259);
    let utf16 = 0;
    for (const file of files) {
      const bytes = bytesOf(file);
      const result = checkImportBytes(path.basename(file), bytes);
      expect(result.ok, file).toBe(true);
      if (!result.ok) continue;
      if (result.encoding === 'utf-8') {
        expect(sameBytes(new TextEncoder().encode(result.text), bytes), file).toBe(true);
      } else utf16++;
    }
    expect(utf16).toBe(1);
  });

  it('decodes the UTF-16 LE post with its BOM and CRLF line endings', () => {
    const file = path.join(CORPUS_DIR, 'jekyll-test-fixtures/_encodings/Unicode16LECRLFandBOM.md');
    const result = checkImportBytes('Unicode16LECRLFandBOM.md', bytesOf(file));
    expect(result.ok && result.encoding).toBe('utf-16le');
    if (!result.ok) return;
    expect(result.text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(result.text).not.toContain('\u0000');
  });

  it('keeps a UTF-8 BOM in the text', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('---\ntitle: a\n---\n'),
    ]);
    const result = checkImportBytes('bom.md', bytes);
    expect(result.ok && result.text.charCodeAt(0)).toBe(0xfeff);
  });

  it('accepts the sample post as it is', () => {
    const name = '2016-06-03-encuentro-regional-alianza-gobierno-abierto-montevideo.md';
    const bytes = bytesOf(path.join(SAMPLES_DIR, name));
    const result = checkImportBytes(name, bytes);
    expect(result.ok && new TextEncoder().encode(result.text)).toEqual(bytes);
  });

  it('refuses a PNG renamed .md, naming the file and the format', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = checkImportBytes('foto.md', png);
    expect(result).toEqual({
      ok: false,
      refusal: { name: 'foto.md', why: 'format', format: 'png' },
    });
  });

  it('refuses invalid UTF-8 (a Latin-1 file) and text with NUL bytes', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('t\u00edtulo: '), 0xe9, 0x0a]);
    const bad = checkImportBytes('latin1.md', latin1);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.refusal).toEqual({ name: 'latin1.md', why: 'notUtf8' });
    const nul = checkImportBytes('nul.md', new Uint8Array([0x61, 0x00, 0x62]));
    expect(!nul.ok && nul.refusal.why).toBe('binary');
  });

  it('refuses a file over the 5 MB limit and accepts one at it', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    const result = checkImportBytes('big.md', big);
    expect(!result.ok && result.refusal).toEqual({
      name: 'big.md',
      why: 'tooLarge',
      size: MAX_IMPORT_BYTES + 1,
      max: MAX_IMPORT_BYTES,
    });
    expect(checkImportBytes('edge.md', big.subarray(1)).ok).toBe(true);
  });

  it('accepts an empty file', () => {
    expect(checkImportBytes('empty.md', new Uint8Array())).toEqual({
      ok: true,
      text: '',
      encoding: 'utf-8',
    });
  });
});
