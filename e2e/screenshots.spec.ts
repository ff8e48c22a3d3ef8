import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from './support/fixtures';
import { stubExternalNetwork } from './support/offline-network';
import { showDrafts } from './support/drafts';

// README's pictures. They go to test-results/ on every run; `npm run screenshots` writes them
// into e2e/screenshots/ for the README.
const dir = process.env.PLUMA_SCREENSHOTS
  ? path.resolve('e2e/screenshots')
  : path.resolve('test-results/screenshots');

test.beforeAll(() => mkdirSync(dir, { recursive: true }));

/** Opens the app at `width` × `height` with the sample post shown, the first-visit note read. */
async function openAt(page: Page, width: number, height: number) {
  await stubExternalNetwork(page);
  await page.setViewportSize({ width, height });
  await page.goto('/?lang=en');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText('layout: post');
  const note = page.getByRole('region', { name: 'Welcome to Pluma' });
  if (await note.isVisible()) await note.getByRole('button', { name: 'Got it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

const frameHeading = (page: Page) => page.frameLocator('iframe[title="Preview"]').locator('h1');

test('workspace screenshots at 1400, 1024, 800 and 390 px', async ({ page }) => {
  for (const [width, height] of [
    [1400, 900],
    [1024, 768],
    [800, 1000],
  ]) {
    await openAt(page, width, height);
    if (width >= 1200) await showDrafts(page);
    await expect(frameHeading(page)).toBeVisible();
    await page.screenshot({ path: path.join(dir, `workspace-${width}.png`) });
  }
  await openAt(page, 390, 844);
  // The status bar counts the body once its parser has come (an ellipsis until then).
  await expect(page.getByText(/^\d+ words$/)).toBeVisible();
  await page.screenshot({ path: path.join(dir, 'workspace-390-write.png') });
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(frameHeading(page)).toBeVisible();
  await page.screenshot({ path: path.join(dir, 'workspace-390-preview.png') });
});

test('first visit, menus and the drafts drawer screenshots', async ({ page }) => {
  await stubExternalNetwork(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?lang=en');
  await expect(page.getByRole('region', { name: 'Welcome to Pluma' })).toBeVisible();
  await expect(frameHeading(page)).toBeVisible();
  await page.screenshot({ path: path.join(dir, 'first-visit.png') });
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'File' })).toBeVisible();
  await page.screenshot({ path: path.join(dir, 'file-menu.png'), clip: menuClip() });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'View', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'View' })).toBeVisible();
  await page.screenshot({ path: path.join(dir, 'view-menu.png'), clip: menuClip() });
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 800, height: 1000 });
  await page.getByRole('button', { name: 'Drafts', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Drafts' })).toBeVisible();
  await page.screenshot({ path: path.join(dir, 'drafts-drawer-800.png') });
});

/** The header's right end, where the menus open. */
const menuClip = () => ({ x: 900, y: 0, width: 500, height: 480 });

test('preview at phone width screenshot', async ({ page }) => {
  await openAt(page, 1440, 900);
  await page.getByRole('button', { name: 'Phone' }).click();
  await expect(page.getByTitle('Preview')).toHaveJSProperty('offsetWidth', 375);
  await expect(frameHeading(page)).toBeVisible();
  await page.getByRole('region', { name: 'Preview pane' }).screenshot({
    path: path.join(dir, 'preview-phone.png'),
  });
});

test('drafts list screenshot', async ({ page }) => {
  await openAt(page, 1440, 900);
  await showDrafts(page);
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Datos abiertos en Chile');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Crónica: hackatón 2016');
  const list = page.getByRole('list', { name: 'Drafts' });
  await expect(list.getByRole('button', { name: 'Crónica: hackatón 2016' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await page
    .getByRole('region', { name: 'Drafts panel' })
    .screenshot({ path: path.join(dir, 'drafts.png') });
});
