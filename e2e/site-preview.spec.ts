import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildWithJekyll } from '../fixtures/jekyll-build.mjs';
import { JEKYLL_BLOG_DIR, JEKYLL_CUADERNO_DIR } from '../fixtures/paths.mjs';
import { seenPage } from '../src/core/site/page-seen.fixture.ts';
import { test, expect, type Page } from './support/fixtures';
import { stubExternalNetwork } from './support/offline-network';
import { openFromBlogFolder, serveBlogFolder } from './support/blog-folder';

// The preview with the site's own layouts, includes and Sass, opened from the blog folder in
// real Chromium, checked against the page real Jekyll (Debian's 4.3.1) writes for the post.

const frameOf = (page: Page) => page.frameLocator('iframe[title="Preview"]');
const sitePage = (page: Page) => frameOf(page).locator('#pluma-site');

// README's pictures: test-results/ on every run, e2e/screenshots/ with PLUMA_SCREENSHOTS=1.
const shots = process.env.PLUMA_SCREENSHOTS
  ? path.resolve('e2e/screenshots')
  : path.resolve('test-results/screenshots');

const POST = '_posts/2019-04-05-declaracion-alertadores.markdown';
const POST_URL = 'proyecto/2019/04/05/declaracion-alertadores.html';

test.beforeEach(async ({ page }) => {
  await stubExternalNetwork(page);
  await page.setViewportSize({ width: 1400, height: 900 });
});

test("the blog's own layout shows the post as Jekyll publishes it", async ({ page }) => {
  const jekyll = seenPage(
    readFileSync(path.join(buildWithJekyll(JEKYLL_BLOG_DIR), POST_URL), 'utf8'),
  );
  await serveBlogFolder(page, JEKYLL_BLOG_DIR);
  await openFromBlogFolder(page, POST);
  await expect(page.getByText('from the blog folder “blog”')).toBeVisible();
  await expect(sitePage(page).locator('h1.page-header')).toHaveText(jekyll.title);

  // What a reader sees of the article: the same as on the published page.
  await expect(sitePage(page).locator('.text-width p').first()).toBeVisible();
  const seen = seenPage(await sitePage(page).evaluate((el) => el.innerHTML));
  expect(seen.title).toBe(jekyll.title);
  expect(seen.dates).toEqual(jekyll.dates);
  expect(seen.images).toEqual(jekyll.images);
  expect(seen.captions).toEqual(jekyll.captions);
  expect(seen.blocks).toEqual(jekyll.blocks);

  // Its stylesheet is the site's css/main.scss compiled with its _sass partial, in the frame.
  const paragraph = sitePage(page).locator('.text-width p').first();
  await expect(paragraph).toHaveCSS('font-size', '20px');
  await expect(paragraph).toHaveCSS('color', 'rgb(102, 102, 111)');
  // Nothing of the layout runs: no script element, no event handler attribute.
  const runnable = await frameOf(page)
    .locator('html')
    .evaluate(
      (html) =>
        html.querySelectorAll('script').length +
        [...html.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        ).length,
    );
  expect(runnable).toBe(0);

  // Pluma's built-in layout is one switch away (README's two pictures are taken here).
  const preview = page.locator('iframe[title="Preview"]');
  await preview.screenshot({ path: path.join(shots, 'preview-site.png') });
  const toggle = page.getByRole('checkbox', { name: "The site's own layout" });
  await toggle.uncheck();
  await expect(frameOf(page).locator('h1.pluma-title')).toHaveText(/^Declaración para/);
  await expect(sitePage(page)).toBeHidden();
  await preview.screenshot({ path: path.join(shots, 'preview-builtin.png') });
  await toggle.check();
  await expect(sitePage(page).locator('h1.page-header')).toHaveText(jekyll.title);

  // Typing reaches the body inside the site's layout, with kramdown's typography.
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\nUn párrafo "nuevo" -- escrito...');
  await expect(sitePage(page).locator('.text-width')).toContainText(
    'Un párrafo “nuevo” – escrito…',
  );

  // The title goes through the layout's own `truncate: 42, ""`: 42 characters, no ellipsis.
  const long = 'Un título bastante más largo que cuarenta y dos caracteres';
  await page.getByLabel('Title', { exact: true }).fill(long);
  await expect(sitePage(page).locator('h1.page-header')).toHaveText(long.slice(0, 42));

  // The home page's card is the site's own include (_includes/post_preview.html).
  await page.getByRole('button', { name: 'Card view' }).click();
  const card = frameOf(page).locator('#pluma-site-card');
  await expect(card.locator('.panel-body h3')).toHaveText(long.slice(0, 42));
  await page.getByRole('button', { name: 'Post view' }).click();
  await expect(sitePage(page)).toBeVisible();
});

test('Liquid in the post runs before Markdown; the site serves its own images', async ({
  page,
}) => {
  await serveBlogFolder(page, JEKYLL_CUADERNO_DIR, 'cuaderno');
  await openFromBlogFolder(page, '_posts/2021-07-15-medir-el-agua.md');
  // The chain essay ← article ← base, the include with parameters, the caption markdownified.
  await expect(sitePage(page).locator('article.post h1')).toHaveText(
    'Medir el agua: lo que aprendimos en el río',
  );
  const figure = sitePage(page).locator('figure.figure');
  await expect(figure.locator('figcaption')).toHaveText('El río en julio — crecido');
  await expect(figure.locator('figcaption em')).toHaveText('crecido');
  // The image is the site's own file, served to the frame from the folder (works offline).
  const img = figure.locator('img');
  await expect(img).toHaveAttribute('src', /^blob:/);
  await expect
    .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  await expect(img).toHaveAttribute('alt', 'Dibujo del río');

  // Typing after the include still patches the body, and the include stays rendered.
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\nOtra nota.');
  await expect(sitePage(page).locator('.essay-body')).toContainText('Otra nota.');
  await expect(figure.locator('img')).toHaveAttribute('src', /^blob:/);
});

test("a Liquid error in the site's layout is named, and the built-in layout stands in", async ({
  page,
}) => {
  await serveBlogFolder(page, JEKYLL_CUADERNO_DIR, 'cuaderno');
  // Break a layout of the folder on disk, as a person editing the site might.
  await page.evaluate(async () => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('cuaderno');
    const layouts = await root.getDirectoryHandle('_layouts');
    const file = await layouts.getFileHandle('essay.html');
    const writable = await file.createWritable();
    await writable.write(
      '---\nlayout: article\n---\n<p>{% seo %}</p>\n{% if page.title %}\n{{ content }}\n',
    );
    await writable.close();
  });
  await openFromBlogFolder(page, '_posts/2021-07-15-medir-el-agua.md');
  const alert = page.getByRole('alert').filter({ hasText: "site's layout could not be rendered" });
  await expect(alert).toContainText('_layouts/essay.html');
  await expect(frameOf(page).locator('h1.pluma-title')).toBeVisible();
});
