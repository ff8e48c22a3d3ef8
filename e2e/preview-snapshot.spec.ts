import { test, expect, type Page, type Route } from './support/fixtures';

// Reopened, a draft whose body has not changed shows the preview the last start kept, before
// the preview's worker has loaded; a kept preview of another body, or of another build of the
// app, is never shown.

const frameOf = (page: Page) => page.frameLocator('iframe[title="Preview"]');
const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });

const WORKER_SCRIPT = /\/assets\/preview-worker-entry-[\w-]+\.js$/;

interface Kept {
  build: string;
  siteUrl: string;
  body: string;
  blocks: { key: string; html: string; from: number; to: number; kind: string }[];
  contextFree: boolean;
}

/** Returns the kept preview (the `pluma-preview` database's one record), or null. */
function readKept(page: Page): Promise<Kept | null> {
  return page.evaluate(
    () =>
      new Promise<Kept | null>((resolve, reject) => {
        const open = indexedDB.open('pluma-preview', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('shown');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('shown').objectStore('shown').get('last');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as Kept | undefined) ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Replaces the kept preview with `kept`. */
function writeKept(page: Page, kept: Kept): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pluma-preview', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('shown', 'readwrite');
          tx.objectStore('shown').put(value, 'last');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    kept,
  );
}

/** Holds the preview worker's script back until the returned `release` is called. */
async function holdWorker(page: Page): Promise<{ asked: () => boolean; release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(WORKER_SCRIPT, async (route: Route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { asked: () => asked, release };
}

/** Types a paragraph at the end of the post and waits until the kept preview holds it. */
async function keepPreviewOf(page: Page, text: string): Promise<Kept> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n\n${text}`);
  await expect(frameOf(page).locator('.pluma-block').last()).toHaveText(text);
  await expect.poll(async () => (await readKept(page))?.body ?? '').toContain(text);
  return (await readKept(page))!;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(frameOf(page).locator('.pluma-block').first()).toBeVisible();
});

test('a reopened draft shows its last preview before the worker has loaded', async ({ page }) => {
  const kept = await keepPreviewOf(page, 'Guardado para la próxima vez.');
  expect(kept.blocks.at(-1)?.html).toContain('Guardado para la próxima vez.');

  const worker = await holdWorker(page);
  await page.reload();
  await expect(editor(page)).toContainText('layout: post');
  // The worker's script is still held back: the preview shows what was kept.
  await expect(frameOf(page).locator('.pluma-block').last()).toHaveText(
    'Guardado para la próxima vez.',
  );
  await expect(frameOf(page).locator('h1')).toBeVisible();
  expect(worker.asked()).toBe(true);

  // Once the worker comes, the preview follows the keys as ever.
  worker.release();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Y más.');
  await expect(frameOf(page).locator('.pluma-block').last()).toHaveText(
    'Guardado para la próxima vez. Y más.',
  );
});

test('a kept preview of another body or another build is not shown', async ({ page }) => {
  const kept = await keepPreviewOf(page, 'El texto de verdad.');
  const stale = (html: string) =>
    kept.blocks.map((b) => ({ ...b, html: b.html.replace('El texto de verdad.', html) }));

  for (const wrong of [
    // Rendered from another body (the draft changed after it was kept).
    { ...kept, body: `${kept.body} `, blocks: stale('Otro cuerpo.') },
    // Rendered by another build of the app.
    { ...kept, build: `${kept.build}x`, blocks: stale('Otra versión.') },
  ]) {
    await writeKept(page, wrong);
    const worker = await holdWorker(page);
    await page.reload();
    await expect(editor(page)).toContainText('layout: post');
    // The pane is there, with its frame, but nothing to show until the worker renders.
    await expect(page.getByTitle('Preview')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(frameOf(page).locator('.pluma-block')).toHaveCount(0);
    worker.release();
    await expect(frameOf(page).locator('.pluma-block').last()).toHaveText('El texto de verdad.');
    // The worker's render is kept in its place.
    await expect
      .poll(async () => {
        const now = await readKept(page);
        return now?.build === kept.build && now.body === kept.body && now.blocks.at(-1)?.html;
      })
      .toBe(kept.blocks.at(-1)?.html);
    await page.unrouteAll({ behavior: 'wait' });
  }
});
