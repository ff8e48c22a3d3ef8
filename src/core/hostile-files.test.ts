import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packBackup, unpackBackup } from './bundle-backup.ts';
import { unzipBundle, utf8 } from './bundle.ts';
import { checkImportBytes } from './import-check.ts';

const LIMITS = { maxEntries: 10, maxEntryBytes: 1_000_000, maxTotalBytes: 2_000_000 };

/** Returns how long `run` took, in ms, and its result. */
function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** Returns `zip` with every occurrence of the bytes of `from` replaced by `to` (same length). */
function renameIn(zip: Uint8Array, from: string, to: string): Uint8Array {
  const a = utf8(from);
  const b = utf8(to);
  expect(b.length).toBe(a.length);
  const out = zip.slice();
  for (let i = 0; i + a.length <= out.length; i++) {
    if (a.every((byte, j) => out[i + j] === byte)) out.set(b, i);
  }
  return out;
}

/** Returns the offsets of every central-directory header in `zip`. */
function centralHeaders(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) found.push(i);
  return found;
}

describe('checkImportBytes on hostile and broken files', () => {
  const refusedWith = (bytes: Uint8Array, why: RegExp) => {
    const result = checkImportBytes('x.md', bytes);
    expect(result.ok).toBe(false);
    const refusal = !result.ok && result.refusal;
    expect(refusal && refusal.name).toBe('x.md');
    expect(refusal && [refusal.why, 'format' in refusal ? refusal.format : ''].join(' ')).toMatch(
      why,
    );
  };

  it('refuses binary, invalid UTF-8, a 0xFF flood and a zip with a sentence', () => {
    refusedWith(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), /^binary/);
    refusedWith(new Uint8Array([0x68, 0x6f, 0x6c, 0x61, 0xc3, 0x28]), /^notUtf8/);
    refusedWith(new Uint8Array([0xed, 0xa0, 0x80]), /^notUtf8/); // an encoded lone surrogate
    refusedWith(new Uint8Array(100_000).fill(0xff), /^(badUtf16|notUtf8)/);
    refusedWith(new Uint8Array(100_000).fill(0xfe), /^notUtf8/);
    refusedWith(zipSync({ 'a.md': utf8('# hola') }), /^format zip$/);
    refusedWith(new Uint8Array(6 * 1024 * 1024).fill(0x61), /^tooLarge/);
  });

  it('reads UTF-16 LE and BE with a BOM, keeping the BOM as U+FEFF', () => {
    const text = '\uFEFF---\ntitle: "Año 😀"\n---\nCuerpo\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le.set([code & 0xff, code >> 8], i * 2);
      be.set([code >> 8, code & 0xff], i * 2);
    }
    expect(checkImportBytes('le.md', le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(checkImportBytes('be.md', be)).toEqual({ ok: true, text, encoding: 'utf-16be' });
    // An odd byte count or a lone surrogate is not valid UTF-16.
    expect(checkImportBytes('odd.md', le.subarray(0, le.length - 1)).ok).toBe(false);
    expect(checkImportBytes('lone.md', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x61, 0])).ok).toBe(
      false,
    );
  });

  it('an empty file imports as an empty post', () => {
    expect(checkImportBytes('vacío.md', new Uint8Array())).toEqual({
      ok: true,
      text: '',
      encoding: 'utf-8',
    });
  });
});

describe('unzipBundle and unpackBackup on crafted archives', () => {
  it.each([
    ['../x', /\.\./],
    ['/etc/passwd', /absolute/],
    ['C:\\x', /backslash/],
    ['C:/x', /absolute/],
    ['a/../../b', /\.\./],
    ['a//b', /empty folder/],
    ['a/\u0000b', /control/],
  ])('refuses an entry named %j', (name, why) => {
    const result = unzipBundle(zipSync({ [name]: utf8('x') }), LIMITS);
    expect(result).toMatchObject({ ok: false, reason: why });
  });

  it('refuses an archive that names one entry twice', () => {
    const zip = renameIn(zipSync({ 'a/x1.md': utf8('uno'), 'a/x2.md': utf8('dos') }), 'x2', 'x1');
    expect(unzipBundle(zip, LIMITS)).toMatchObject({ ok: false, reason: /appears twice/ });
  });

  it('stops a zip bomb at the size limit without inflating it', () => {
    const bomb = zipSync({ 'bomba.md': new Uint8Array(50_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const { value, ms } = timed(() => unzipBundle(bomb, LIMITS));
    console.log(`zip bomb (${bomb.length} bytes → 50 MB declared): refused in ${ms.toFixed(0)} ms`);
    expect(value).toMatchObject({ ok: false, reason: /too large/ });
  }, 60_000);

  it('a bomb whose header lies about its size is refused, not inflated', () => {
    const bomb = zipSync({ 'bomba.md': new Uint8Array(50_000_000) }, { level: 9 });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (const at of centralHeaders(bomb)) view.setUint32(at + 24, 100, true);
    const { value, ms } = timed(() => unzipBundle(bomb, LIMITS));
    console.log(
      `zip bomb with a lying size: ${JSON.stringify(value).slice(0, 80)} in ${ms.toFixed(0)} ms`,
    );
    expect(value).toMatchObject({ ok: false, reason: /damaged/ });
  }, 60_000);

  it('a corrupt or truncated central directory gives a clear reason', () => {
    const zip = zipSync({ 'a.md': utf8('hola'), 'b.md': utf8('chao') });
    const broken = zip.slice();
    for (const at of centralHeaders(broken)) broken[at + 28] = 0xff; // absurd name length
    for (const bytes of [broken, zip.subarray(0, zip.length - 30), zip.subarray(0, 40)]) {
      const result = unzipBundle(bytes, LIMITS);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(/not a readable zip|unsafe|damaged|control/);
    }
  });

  it('a backup with a crafted path or a bomb restores nothing and says why', () => {
    const good = packBackup({
      createdAt: '2025-01-01',
      drafts: [],
      snapshots: [],
      settings: [],
      images: [],
    });
    expect(unpackBackup(good).ok).toBe(true);
    const evil = renameIn(good, 'manifest.json', '../../ab.json');
    expect(unpackBackup(evil)).toMatchObject({ ok: false, reason: /\.\..*Nothing was changed/ });
    expect(unpackBackup(good.subarray(0, good.length - 10))).toMatchObject({
      ok: false,
      reason: /not a readable zip archive/,
    });
  });
});
