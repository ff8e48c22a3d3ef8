import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { stubExternalNetwork } from './support/offline-network';
import { showDrafts } from './support/drafts';

// README's pictures. They go to test-results/ on every run; `PLUMA_SCREENSHOTS=1 npm run
// test:e2e -- e2e/screenshots.spec.ts` writes them into e2e/screenshots/ for the README.
const dir = process.env.PLUMA_SCREENSHOTS
  ? path.resolve('e2e/screenshots')
  : path.resolve('test-results/screenshots');

test.beforeAll(() => mkdirSync(dir, { recursive: true }));

test.beforeEach(async ({ page }) => {
  await stubExternalNetwork(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=en');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText('layout: post');
  await showDrafts(page);
  await expect(page.frameLocator('iframe[title="Preview"]').locator('h1')).toBeVisible();
});

test('workspace screenshot', async ({ page }) => {
  const file = path.join(dir, 'workspace.png');
  await page.screenshot({ path: file });
});

test('preview at phone width screenshot', async ({ page }) => {
  await page.getByRole('button', { name: 'Phone' }).click();
  await expect(page.getByTitle('Preview')).toHaveJSProperty('offsetWidth', 375);
  await page.getByRole('region', { name: 'Preview pane' }).screenshot({
    path: path.join(dir, 'preview-phone.png'),
  });
});

test('drafts list screenshot', async ({ page }) => {
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
