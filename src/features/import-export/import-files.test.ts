import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDraft, openPlumaDb, putImage, saveDraft, setStatus } from '../../storage';
import { exportDraftsZip } from './bulk-export';
import { storeDraftImage } from './draft-images';
import { readImports, storeImports } from './import-files';
import { CORPUS_DIR, SAMPLE_POST } from '../../../fixtures/paths.mjs';

const fileOf = (p: string, name = path.basename(p)) => new File([readFileSync(p)], name);
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
let counter = 0;
const freshDb = () => openPlumaDb(`pluma-import-test-${++counter}`);

describe('readImports / storeImports', () => {
  it('imports every corpus post as a draft holding its exact text, and refuses a PNG', async () => {
    const db = await freshDb();
    const paths = (readdirSync(CORPUS_DIR, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((d) => d.isFile() && d.name !== 'MANIFEST.tsv')
      .map((d) => path.join(d.parentPath, d.name));
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
      'x.md',
    );
    const read = await readImports(db, [...paths.map((p) => fileOf(p)), png]);
    expect(read.refused).toEqual([
      '“x.md” was not imported: it is a PNG image, not a Markdown or text file.',
    ]);
    expect(read.notes).toHaveLength(1);
    expect(read.pending).toHaveLength(259);
    const created = await storeImports(db, read.pending);
    for (const [i, meta] of created.entries()) {
      const stored = await loadDraft(db, meta.id);
      const bytes = new Uint8Array(readFileSync(paths[i]));
      const text = stored!.text;
      if (read.pending[i].name.startsWith('Unicode16')) continue;
      expect(sameBytes(new TextEncoder().encode(text), bytes), paths[i]).toBe(true);
    }
    db.close();
  });

  it('marks a file whose name and text match a draft as a duplicate, titled from front matter', async () => {
    const db = await freshDb();
    const first = await readImports(db, [fileOf(SAMPLE_POST)]);
    expect(first.pending[0].title).toMatch(/^Encuentro Regional de la Alianza/);
    expect(first.pending[0].duplicateOf).toBeNull();
    await storeImports(db, first.pending);
    const again = await readImports(db, [
      fileOf(SAMPLE_POST),
      fileOf(SAMPLE_POST, 'other-name.md'),
    ]);
    expect(again.pending.map((p) => p.duplicateOf !== null)).toEqual([true, false]);
    db.close();
  });
});

describe('exportDraftsZip', () => {
  it('zips the ready drafts at repository paths, bytes identical, clashing names suffixed', async () => {
    const db = await freshDb();
    const read = await readImports(db, [fileOf(SAMPLE_POST), fileOf(SAMPLE_POST, 'copy.md')]);
    const [a, b] = await storeImports(db, read.pending);
    await setStatus(db, a.id, 'ready');
    await setStatus(db, b.id, 'ready');
    const text = (await loadDraft(db, a.id))!.text;
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 7])], 'Foto día.png', {
      type: 'image/png',
    });
    const markdown = await storeDraftImage(db, a.id, png, text);
    expect(markdown).toBe('![Foto día](/assets/images/2016/06/foto-dia.png)');
    // Stored but not referenced by the text: not exported.
    await putImage(db, b.id, 'assets/images/2016/06/unused.png', new Blob([new Uint8Array([1])]));
    // The image is exported once the post refers to it; fake the edit by storing a new text.
    await saveDraft(db, a.id, `${text}\n${markdown}\n`, { expectedRevision: 1 });

    const result = await exportDraftsZip(db);
    expect(result?.count).toBe(2);
    const files = unzipSync(result!.zip);
    const post = '_posts/2016-06-03-encuentro-regional-de-la-alianza-para-el-gobierno-abierto';
    expect(Object.keys(files).sort()).toEqual([
      `${post}-2.md`,
      `${post}.md`,
      'assets/images/2016/06/foto-dia.png',
    ]);
    expect(
      sameBytes(
        files['assets/images/2016/06/foto-dia.png'],
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 7]),
      ),
    ).toBe(true);
    const sample = new Uint8Array(readFileSync(SAMPLE_POST));
    const plain = Object.entries(files).find(([, bytes]) => sameBytes(bytes, sample));
    expect(plain).toBeDefined();
    db.close();
  });
});
