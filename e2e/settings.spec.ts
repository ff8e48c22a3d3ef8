import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { test, expect, type Page } from './support/fixtures';
import { dropImage } from './support/drop-image';
import { openSettings } from './support/settings';
import { menuCommand } from './support/menu';

const config = `backend:
  name: git-gateway
media_folder: assets/images
collections:
  - name: blog
    label: Blog
    folder: _posts
    create: true
    fields:
      - { label: "Título", name: "title", widget: "string" }
      - { label: "Autor", name: "author", widget: "relation", collection: "authors", search_fields: ["name"], value_field: "name" }
      - { label: "Cuerpo", name: "body", widget: "markdown" }
`;

test('a Decap config.yml replaces the schema; other keys stay editable as raw YAML', async ({
  page,
}) => {
  const editor = await openSample(page);

  const dialog = await loadDecapConfig(page, config);
  await expect(dialog.getByRole('list', { name: 'Schema notices' })).toContainText('relation');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('textbox', { name: 'Título' })).toHaveValue(/^Encuentro Regional/);
  // Keys the schema does not name show exactly as written, quotes and all.
  await expect(page.getByRole('textbox', { name: 'intro', exact: true })).toHaveValue(
    '"Encuentro Regional de la Alianza para el Gobierno Abierto: Historias que contar desde Montevideo"',
  );
  const date = page.getByRole('textbox', { name: 'date', exact: true });
  await expect(date).toHaveValue('2016-06-03 12:00:00 -0300');
  await date.fill('2016-06-04 09:30:00 -0300');
  await date.blur();
  await expect(editor.locator('.cm-line', { hasText: /^date:/ })).toHaveText(
    'date:   2016-06-04 09:30:00 -0300',
  );

  // The choice is remembered, and the built-in schema can be brought back.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Título' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Use the built-in schema' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeVisible();
});

test('a raw YAML field typed in after the title grew replaces its own text, not what the title moved', async ({
  page,
}) => {
  const editor = await openSample(page);
  // The intro's widget is one Pluma does not have: the form shows its YAML as written.
  const dialog = await loadDecapConfig(page, config.replace('name: "author"', 'name: "intro"'));
  await dialog.getByRole('button', { name: 'Close' }).click();
  const title = page.getByRole('textbox', { name: 'Título' });
  const intro = page.getByRole('textbox', { name: 'Autor' });
  await expect(intro).toHaveValue(/^"Encuentro Regional/);

  // The title grows by six characters: every text after it moves, the intro's among them, and
  // the intro's field shows the same as before (it is not rendered again).
  await title.click();
  await title.press('End');
  await page.keyboard.type(' nuevo', { delay: 30 });
  await expect(editor.locator('.cm-line', { hasText: /^title:/ })).toHaveText(/ nuevo"$/);
  await intro.fill('"Otra introducción"');
  await intro.blur();

  await expect(editor.locator('.cm-line', { hasText: /^intro:/ })).toHaveText(
    'intro: "Otra introducción"',
  );
  await expect(editor.locator('.cm-line', { hasText: /^title:/ })).toHaveText(
    'title:  "Encuentro Regional de la Alianza para el Gobierno Abierto: Historias que contar desde Montevideo nuevo"',
  );
  await expect(editor.locator('.cm-line', { hasText: /^date:/ })).toHaveText(
    'date:   2016-06-03 12:00:00 -0300',
  );
});

/** Opens the app on its sample post; returns the editor once it shows the post's front matter. */
async function openSample(page: Page) {
  await page.goto('/?lang=en');
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await expect(editor).toContainText('layout: post');
  return editor;
}

/** Opens Settings and loads `text` as the Decap config.yml; returns the dialog. */
async function loadDecapConfig(page: Page, text: string) {
  const dialog = await openSettings(page);
  await dialog.getByLabel('Decap config.yml').setInputFiles({
    name: 'config.yml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(text),
  });
  return dialog;
}

/** Returns the value of setting `key` in the app's IndexedDB (database `pluma`), or null. */
function storedSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('pluma');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get(key);
          get.onsuccess = () => {
            resolve((get.result as { value?: unknown } | undefined)?.value ?? null);
            open.result.close();
          };
        };
      }),
    key,
  );
}

test('the Site URL is kept with the workspace: it survives a reload and goes into a backup', async ({
  page,
  browser,
}) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  let dialog = await openSettings(page);
  await dialog.getByLabel('Site URL').fill('https://ciudadaniai.org/');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => storedSetting(page, 'siteUrl')).toBe('https://ciudadaniai.org/');

  await page.reload();
  dialog = await openSettings(page);
  await expect(dialog.getByLabel('Site URL')).toHaveValue('https://ciudadaniai.org/');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menuCommand(page, 'File', 'Back up workspace'),
  ]);
  const zip = unzipSync(readFileSync((await download.path())!));
  const workspace = JSON.parse(new TextDecoder().decode(zip['workspace.json'])) as {
    settings: { key: string; value: unknown }[];
  };
  expect(workspace.settings).toContainEqual({ key: 'siteUrl', value: 'https://ciudadaniai.org/' });

  // Restored in another browser, the setting applies at once.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/?lang=en');
  await expect(fresh.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await fresh.getByLabel('Restore backup').setInputFiles((await download.path())!);
  await expect(fresh.getByText(/^Restored/)).toBeVisible();
  dialog = await openSettings(fresh);
  await expect(dialog.getByLabel('Site URL')).toHaveValue('https://ciudadaniai.org/');
  await context.close();
});

test('settings an earlier version kept in localStorage move into IndexedDB, once', async ({
  page,
}) => {
  const css = 'https://viejo.example/css/main.css';
  await page.route(css, (route) => route.fulfill({ contentType: 'text/css', body: 'h1{}' }));
  await page.goto('/?lang=en');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toBeVisible();
  await page.evaluate((css) => {
    localStorage.setItem(
      'pluma.settings.v1',
      JSON.stringify({ siteUrl: 'https://viejo.example/', decapConfig: null, collection: null }),
    );
    localStorage.setItem(
      'pluma.preview.v1',
      JSON.stringify({ view: 'post', width: 'phone', stylesheet: { kind: 'url', url: css } }),
    );
  }, css);
  await page.reload();
  await expect(page.getByLabel('Stylesheet URL')).toHaveValue(css);
  await expect(page.getByRole('button', { name: 'Phone' })).toHaveAttribute('aria-pressed', 'true');
  const dialog = await openSettings(page);
  await expect(dialog.getByLabel('Site URL')).toHaveValue('https://viejo.example/');
  expect(await storedSetting(page, 'stylesheet')).toEqual({ kind: 'url', url: css });
  const left = await page.evaluate(() => [
    localStorage.getItem('pluma.settings.v1'),
    localStorage.getItem('pluma.preview.v1'),
  ]);
  expect(left[0]).toBeNull();
  expect(JSON.parse(left[1]!)).toEqual({ view: 'post', width: 'phone' });
});

test('a dropped image goes to the media folder of the loaded Decap config', async ({ page }) => {
  const editor = await openSample(page);
  const dialog = await loadDecapConfig(
    page,
    config.replace('media_folder: assets/images', 'media_folder: static/img'),
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Título' })).toBeVisible();
  await dropImage(page, 'Foto del encuentro.png');
  await expect(editor).toContainText('![Foto del encuentro](/static/img/foto-del-encuentro.png)');
});
