import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { test, expect, type Download, type Page } from './support/fixtures';
import { draftsList, showDrafts } from './support/drafts';
import { PNG, dropImage } from './support/drop-image';
import { SAMPLE_POST as SAMPLE, corpusFiles, readPostFile } from '../fixtures/paths.mjs';
import { menuCommand } from './support/menu';

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');
const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });

/** Returns the bytes of a finished download. */
async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

/** Clicks `Export` and then `name` in the export dialog; returns the download. */
async function exportOpenPost(page: Page, button = 'Download'): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return download;
}

/** Imports the sample post and waits until its new draft is the open one. */
async function importSample(page: Page) {
  const title = /^Encuentro Regional de la Alianza para el Gobierno Abierto/;
  const copies = draftsList(page).getByRole('button', { name: title });
  const before = await copies.count();
  await page.getByLabel('Import').setInputFiles(SAMPLE);
  await expect(page.getByText('Imported 1 file.')).toBeVisible();
  await expect(copies).toHaveCount(before + 1);
  // The app opens the imported draft: the list marks it as the current one.
  await expect(draftsList(page).locator('[aria-current="true"]').first()).toHaveText(title);
  await expect(editor(page)).toContainText('Historias que contar desde Montevideo');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(editor(page)).toBeVisible();
  await showDrafts(page);
});

test('the sample post exports byte for byte under its Jekyll name', async ({ page }) => {
  await importSample(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByLabel('File name')).toHaveValue(/^2016-06-03-encuentro-regional/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^2016-06-03-encuentro-regional.*\.md$/);
  expect((await bytesOf(download)).equals(readFileSync(SAMPLE))).toBe(true);
});

test('every corpus post imports in one go and exports byte for byte', async ({ page }) => {
  test.setTimeout(120_000);
  const files = corpusFiles();
  expect(files).toHaveLength(259);
  const markReady = draftsList(page).getByRole('button', { name: 'Mark ready' });
  const before = await markReady.count();
  await page.getByLabel('Import').setInputFiles(files);
  await expect(page.getByText('Imported 259 files.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Mark every imported draft ready. The list re-sorts on each change, newest first, and the
  // imported drafts are newer than any draft there before: always take the first.
  await expect(markReady).toHaveCount(before + 259);
  // One click per button, all in one go: 259 Playwright clicks (each waiting for the list to
  // settle) would take over a minute. The buttons are the same ones a person would press.
  await markReady.evaluateAll((buttons, skip) => {
    for (const button of buttons.slice(0, buttons.length - skip)) (button as HTMLElement).click();
  }, before);
  await expect(draftsList(page).getByText('Ready', { exact: true })).toHaveCount(259, {
    timeout: 60_000,
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menuCommand(page, 'File', 'Export ready posts'),
  ]);
  const zipped = unzipSync(await bytesOf(download));
  const paths = Object.keys(zipped);
  expect(paths).toHaveLength(259);
  expect(paths.every((p) => /^_(posts|drafts)\/[^/]+$/.test(p))).toBe(true);
  const expected = files.map((file) => {
    const bytes = readFileSync(file);
    // UTF-16 is the one form Pluma does not keep: it exports the same text as UTF-8.
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return sha1(new TextEncoder().encode(readPostFile(file)));
    }
    return sha1(bytes);
  });
  expect(Object.values(zipped).map(sha1).sort()).toEqual(expected.sort());
});

test('a post whose file name and date field disagree gets the warning, after saves too', async ({
  page,
}) => {
  await page.getByLabel('Import').setInputFiles({
    name: '2016-06-05-encuentro.md',
    mimeType: 'text/markdown',
    buffer: readFileSync(SAMPLE),
  });
  await expect(page.getByText('Imported 1 file.')).toBeVisible();
  const warning = page.getByText(
    'The filename says 2016-06-05 but the date field says 2016-06-03; Jekyll uses the date field.',
  );
  await expect(warning).toBeVisible();
  await page.getByLabel('Intro', { exact: true }).fill('Otra introducción');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(warning).toBeVisible();
});

test('a PNG renamed .md gives an alert and no draft', async ({ page }) => {
  const before = await draftsList(page).getByRole('listitem').count();
  await page
    .getByLabel('Import')
    .setInputFiles({ name: 'foto.md', mimeType: 'text/markdown', buffer: PNG });
  await expect(page.getByRole('alert')).toContainText('“foto.md” was not imported');
  await expect(page.getByRole('alert')).toContainText('PNG image');
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(before);
});

test('a dropped image shows in the preview and exports in the zip at its path', async ({
  page,
}) => {
  await importSample(page);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await dropImage(page, 'Foto del encuentro.png');
  const markdown = '![Foto del encuentro](/assets/images/2016/06/foto-del-encuentro.png)';
  await expect(editor(page)).toContainText(markdown);
  const preview = page.frameLocator('iframe[title="Preview"]');
  const img = preview.locator('img[alt="Foto del encuentro"]');
  await expect(img).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByText(/Include its 1 image/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^2016-06-03-encuentro-regional.*\.zip$/);
  const zipped = unzipSync(await bytesOf(download));
  const postPath = Object.keys(zipped).find((p) => p.startsWith('_posts/2016-06-03-'))!;
  expect(new TextDecoder().decode(zipped[postPath])).toContain(markdown);
  expect(Buffer.from(zipped['assets/images/2016/06/foto-del-encuentro.png']).equals(PNG)).toBe(
    true,
  );
});

test('a backup restores every draft into an empty browser', async ({ page, browser }) => {
  await importSample(page);
  const second = {
    name: 'otro.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      '\uFEFF---\r\nlayout: post\r\ntitle: "Otro post, ñandú"\r\ndate: 2020-01-02 10:00:00 -0300\r\n---\r\nCuerpo\r\n',
    ),
  };
  await page.getByLabel('Import').setInputFiles(second);
  await expect(draftsList(page).getByRole('button', { name: 'Otro post, ñandú' })).toBeVisible();
  const titles = await draftsList(page).locator('.draft-open').allTextContents();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menuCommand(page, 'File', 'Back up workspace'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pluma-backup-\d{4}-\d{2}-\d{2}\.pluma\.zip$/);
  const backup = await bytesOf(download);

  // A fresh browser context has empty storage, as another browser would.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/?lang=en');
  await expect(fresh.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await showDrafts(fresh);
  await expect(draftsList(fresh).getByRole('button', { name: 'Otro post, ñandú' })).toHaveCount(0);
  await fresh.getByLabel('Restore backup').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/zip',
    buffer: backup,
  });
  for (const title of titles) {
    await expect(
      draftsList(fresh).getByRole('button', { name: title, exact: true }).first(),
    ).toBeVisible();
  }
  await draftsList(fresh).getByRole('button', { name: 'Otro post, ñandú' }).click();
  await expect(editor(fresh)).toContainText('Cuerpo');
  const restored = await exportOpenPost(fresh);
  expect((await bytesOf(restored)).equals(second.buffer)).toBe(true);

  // A crafted backup is refused with an alert.
  await fresh.getByLabel('Restore backup').setInputFiles({
    name: 'evil.pluma.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('{"format":"pluma-backup","version":1}'),
  });
  await expect(fresh.getByRole('alert')).toContainText('not a Pluma backup');
  await context.close();
});

test('a post opened from the blog folder saves back to its file', async ({ page }) => {
  // Headless Chromium cannot show a folder picker: hand the app the origin's private file
  // system (a real directory handle) holding a blog checkout with one post.
  const original = readFileSync(SAMPLE, 'utf8');
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker =
      () => navigator.storage.getDirectory();
  });
  await page.reload();
  await expect(editor(page)).toBeVisible();
  await page.evaluate(async (text) => {
    const root = await navigator.storage.getDirectory();
    const posts = await root.getDirectoryHandle('_posts', { create: true });
    const file = await posts.getFileHandle('2016-06-03-encuentro.md', { create: true });
    const writable = await file.createWritable();
    await writable.write(text);
    await writable.close();
  }, original);
  await menuCommand(page, 'File', 'Open blog folder');
  await page.getByRole('button', { name: '_posts/2016-06-03-encuentro.md' }).click();
  // The welcome post has the same title: wait for the draft linked to the file itself.
  await expect(page.getByRole('button', { name: 'Save to file' })).toBeVisible();
  await expect(editor(page)).toContainText('Historias que contar desde Montevideo');
  await page.getByLabel('Caption').fill('Nueva leyenda');
  await page.getByRole('button', { name: 'Save to file' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
  const saved = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const posts = await root.getDirectoryHandle('_posts');
    return (await (await posts.getFileHandle('2016-06-03-encuentro.md')).getFile()).text();
  });
  expect(saved).toBe(
    original.replace('caption: "lorem caption ipsum"', 'caption: "Nueva leyenda"'),
  );
});
