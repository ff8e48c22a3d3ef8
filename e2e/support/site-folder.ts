import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from './fixtures';
import { menuCommand } from './menu';

/** Returns every file of `dir` as [path relative to it, base64 bytes]. */
function filesOf(dir: string, prefix = ''): [string, string][] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = `${prefix}${name}`;
    return statSync(full).isDirectory()
      ? filesOf(full, `${rel}/`)
      : [[rel, readFileSync(full).toString('base64')] as [string, string]];
  });
}

/**
 * Makes "Open blog folder" open a copy of the site at `dir`: headless Chromium cannot show a
 * folder picker, so the app is handed a real directory handle of the origin's private file
 * system holding the site's files, byte for byte. Call before the page loads the app.
 */
export async function serveBlogFolder(page: Page, dir: string, name = 'blog'): Promise<void> {
  await page.addInitScript((folder) => {
    (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker =
      async () => (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
  }, name);
  const files = filesOf(dir);
  await page.goto('/?lang=en');
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

/** Opens the post at `postPath` of the blog folder served by {@link serveBlogFolder}. */
export async function openFromBlogFolder(page: Page, postPath: string): Promise<void> {
  await menuCommand(page, 'File', 'Open blog folder');
  await page.getByRole('button', { name: postPath }).click();
}
