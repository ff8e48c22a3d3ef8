import type { Route } from '@playwright/test';
import { test, expect, type Page } from './support/fixtures';

// Reopened, a draft whose body has not changed shows the preview the last start kept, before
// the preview's worker has loaded; a kept preview of another body, or of another build of the
// app, is never shown.

const frameOf = (page: Page) => page.frameLocator('iframe[title="Preview"]');
const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });

const WORKER_SCRIPT = /\/assets\/preview-worker-[\w-]+\.js$/;

/** What the test reads of the kept preview (its record holds the blocks packed). */
interface Kept {
  build: string;
  body: string;
  /** The blocks' HTML, joined. */
  html: string;
}

/** Runs `change` on the kept preview (the `pluma-preview` database's one record) in the page. */
function onKept<T>(
  page: Page,
  change: { body?: string; build?: string; replace?: [string, string] } | null,
): Promise<T> {
  return page.evaluate(
    (change) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('pluma-preview', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('shown');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('shown', 'readwrite').objectStore('shown');
          const get = store.get('last');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const kept = get.result as (Kept & Record<string, unknown>) | undefined;
            if (!change || !kept) {
              db.close();
              resolve((kept ? { build: kept.build, body: kept.body, html: kept.html } : null) as T);
              return;
            }
            const [from, to] = change.replace ?? ['', ''];
            const put = store.put(
              {
                ...kept,
                body: change.body ?? kept.body,
                build: change.build ?? kept.build,
                html: kept.html.replace(from, to),
              },
              'last',
            );
            put.onsuccess = () => {
              db.close();
              resolve(undefined as T);
            };
            put.onerror = () => reject(put.error);
          };
        };
      }),
    change,
  );
}

const readKept = (page: Page) => onKept<Kept | null>(page, null);

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
  expect(kept.html).toContain('<p>Guardado para la próxima vez.</p>');

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
  // Each spoils the kept preview's last paragraph with a text of the same length.
  for (const wrong of [
    // Rendered from another body (the draft changed after it was kept).
    { body: `${kept.body} `, replace: ['El texto de verdad.', 'Un cuerpo distinto.'] },
    // Rendered by another build of the app.
    { build: `${kept.build}x`, replace: ['El texto de verdad.', 'Otra versión vieja.'] },
  ] as const) {
    await onKept(page, { ...wrong, replace: [...wrong.replace] });
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
    await expect.poll(() => readKept(page)).toEqual(kept);
    await page.unrouteAll({ behavior: 'wait' });
  }
});

test('where storage is refused, the app still opens and previews the post', async ({ browser }) => {
  // A fresh page whose storage is refused from its start (as with site data blocked).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: null }));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?lang=en');
  await expect(editor(page)).toContainText('layout: post');
  await expect(frameOf(page).locator('.pluma-block').first()).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});
