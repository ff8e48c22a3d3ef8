import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repositoryBundle, unsafePathReason, unzipBundle, zipBundle } from './bundle';
import { uniquePaths } from './unique-paths';
import { imageMarkdown, mediaPlace, referencedImages } from './bundle-media';
import { postFilename } from './filename';
import { parsePost } from './post';
import { CORPUS_DIR, SAMPLE_POST } from '../../fixtures/paths.mjs';

const CRLF_BOM = path.join(CORPUS_DIR, 'jekyll-test-fixtures/_encodings/UTF8CRLFandBOM.md');
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
const LIMITS = { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 2000 };

describe('repositoryBundle', () => {
  it('lays out the sample post and its image as repository paths, bytes unchanged', () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE_POST));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const { folder, name } = postFilename(parsePost(text).data);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 255]);
    const { zip, renamed } = repositoryBundle([
      {
        path: `${folder}/${name}`,
        text,
        images: [{ path: 'assets/images/2016/06/foto.png', bytes: png }],
      },
    ]);
    expect(renamed).toEqual([]);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      '_posts/2016-06-03-encuentro-regional-de-la-alianza-para-el-gobierno-abierto.md',
      'assets/images/2016/06/foto.png',
    ]);
    expect(sameBytes(files[`${folder}/${name}`], bytes)).toBe(true);
    expect(sameBytes(files['assets/images/2016/06/foto.png'], png)).toBe(true);
  });

  it('keeps a BOM and CRLF byte for byte', () => {
    const bytes = new Uint8Array(readFileSync(CRLF_BOM));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const { zip } = repositoryBundle([{ path: '_posts/a.md', text, images: [] }]);
    expect(sameBytes(unzipSync(zip)['_posts/a.md'], bytes)).toBe(true);
  });

  it('never puts two files at one path: repeats get -2, -3; a shared identical image once', () => {
    const img = new Uint8Array([1, 2, 3]);
    const other = new Uint8Array([9]);
    const { zip, renamed } = repositoryBundle([
      {
        path: '_posts/2016-06-03-a.md',
        text: 'one',
        images: [{ path: '/assets/x.png', bytes: img }],
      },
      {
        path: '_posts/2016-06-03-a.md',
        text: 'two',
        images: [{ path: 'assets/x.png', bytes: img }],
      },
      {
        path: '_posts/2016-06-03-a.md',
        text: 'three',
        images: [{ path: 'assets/x.png', bytes: other }],
      },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      '_posts/2016-06-03-a-2.md',
      '_posts/2016-06-03-a-3.md',
      '_posts/2016-06-03-a.md',
      'assets/x-2.png',
      'assets/x.png',
    ]);
    expect(new TextDecoder().decode(files['_posts/2016-06-03-a-3.md'])).toBe('three');
    expect(sameBytes(files['assets/x-2.png'], other)).toBe(true);
    expect(renamed).toContainEqual({ from: 'assets/x.png', to: 'assets/x-2.png' });
  });
});

describe('paths', () => {
  it('suffixes before the extension, and at the end without one', () => {
    expect(uniquePaths(['a/b.md', 'a/b.md', '.x/c', '.x/c'])).toEqual([
      'a/b.md',
      'a/b-2.md',
      '.x/c',
      '.x/c-2',
    ]);
    expect(uniquePaths(['a.md'], ['a.md', 'a-2.md'])).toEqual(['a-3.md']);
  });

  it('finds unsafe paths', () => {
    expect(unsafePathReason('_posts/a.md')).toBeNull();
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'a\\b', 'a//b', './a']) {
      expect(unsafePathReason(bad), bad).not.toBeNull();
    }
  });

  it('refuses to zip an unsafe path', () => {
    expect(() => zipBundle([{ path: 'a/../../x', bytes: new Uint8Array() }])).toThrow(/\.\./);
  });
});

describe('unzipBundle', () => {
  it('reads a zip back', () => {
    const zip = zipBundle([{ path: 'a/b.txt', bytes: new Uint8Array([1, 2]) }]);
    const result = unzipBundle(zip, LIMITS);
    expect(result.ok && [...result.files.entries()]).toEqual([['a/b.txt', new Uint8Array([1, 2])]]);
  });

  it('refuses traversal, absolute paths, too many, too large and garbage', () => {
    const bad = (files: Record<string, Uint8Array>) => unzipBundle(zipSync(files), LIMITS);
    expect(bad({ '../evil': new Uint8Array(1) })).toMatchObject({ ok: false, reason: /\.\./ });
    expect(bad({ '/abs': new Uint8Array(1) })).toMatchObject({ ok: false, reason: /absolute/ });
    expect(bad({ big: new Uint8Array(1001) })).toMatchObject({ ok: false, reason: /too large/ });
    const many = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`f${i}`, new Uint8Array()]),
    );
    expect(bad(many)).toMatchObject({ ok: false, reason: /more than 10/ });
    const total = Object.fromEntries(
      Array.from({ length: 3 }, (_, i) => [`f${i}`, new Uint8Array(900)]),
    );
    expect(bad(total)).toMatchObject({ ok: false, reason: /too much/ });
    expect(unzipBundle(new Uint8Array([1, 2, 3]), LIMITS)).toMatchObject({ ok: false });
  });

  it('does not trust the size a crafted header declares', () => {
    const zip = zipSync({ a: new Uint8Array(5000).fill(7) });
    // Patch the central directory's uncompressed size of "a" down to 10 bytes.
    const view = new DataView(zip.buffer);
    for (let i = zip.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
    }
    const result = unzipBundle(zip, { ...LIMITS, maxEntryBytes: 100 });
    expect(result.ok && result.files.get('a')?.length).toBe(10);
  });
});

describe('media', () => {
  const data = { title: 'Encuentro', date: '2016-06-03 12:00:00 -0300' };
  const today = { year: 2025, month: 1 };

  it('places an image in assets/images/YYYY/MM from the date as written', () => {
    expect(mediaPlace('Foto Año Nuevo.PNG', 'image/png', data, today)).toEqual({
      path: 'assets/images/2016/06/foto-ano-nuevo.png',
      url: '/assets/images/2016/06/foto-ano-nuevo.png',
    });
    // Late in the day at -0300 is already the next day in UTC: the written date still rules.
    const late = { date: '2016-06-30 23:30:00 -0300' };
    expect(mediaPlace('a.jpg', 'image/jpeg', late, today).path).toBe('assets/images/2016/06/a.jpg');
  });

  it('uses today without a date, the type without an extension, and avoids taken paths', () => {
    expect(mediaPlace('image', 'image/jpeg', {}, today).path).toBe(
      'assets/images/2025/01/image.jpg',
    );
    expect(
      mediaPlace('x.png', 'image/png', data, today, ['assets/images/2016/06/x.png']).path,
    ).toBe('assets/images/2016/06/x-2.png');
  });

  it('writes Markdown and finds the images a post refers to', () => {
    expect(imageMarkdown('foto_del-dia.png', '/assets/images/2016/06/foto-del-dia.png')).toBe(
      '![foto del dia](/assets/images/2016/06/foto-del-dia.png)',
    );
    const text = 'x ![a](/assets/images/2016/06/a.png) {{ site.baseurl }}/assets/b.png';
    expect(
      referencedImages(text, ['assets/images/2016/06/a.png', 'assets/b.png', 'c.png']),
    ).toEqual(['assets/images/2016/06/a.png', 'assets/b.png']);
  });
});
