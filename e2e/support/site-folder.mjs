/**
 * A blog folder for headless Chromium, which cannot show a folder picker: the site's files are
 * written byte for byte into the origin's private file system, and "Open blog folder" is handed
 * that real directory handle. Shared by the end-to-end tests and the bench.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sitePaths } from '../../fixtures/paths.mjs';

/**
 * Makes "Open blog folder" open a copy of the site at `dir` (as the folder `name`): loads the
 * app at `url` and writes the files. Call before anything else on the page.
 */
export async function serveBlogFolder(page, dir, name = 'blog', url = '/?lang=en') {
  await page.addInitScript((folder) => {
    window.showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
  }, name);
  const files = sitePaths(dir).map((rel) => [
    rel,
    readFileSync(path.join(dir, rel)).toString('base64'),
  ]);
  await page.goto(url);
  await page.evaluate(
    async ({ folder, files }) => {
      const root = await navigator.storage.getDirectory();
      const site = await root.getDirectoryHandle(folder, { create: true });
      for (const [file, base64] of files) {
        const parts = file.split('/');
        let dirHandle = site;
        for (const part of parts.slice(0, -1)) {
          dirHandle = await dirHandle.getDirectoryHandle(part, { create: true });
        }
        const handle = await dirHandle.getFileHandle(parts[parts.length - 1], { create: true });
        const writable = await handle.createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { folder: name, files },
  );
}
