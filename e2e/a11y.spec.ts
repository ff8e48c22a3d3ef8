import { test, expect } from './support/fixtures';
import AxeBuilder from '@axe-core/playwright';
import { audit } from './support/axe';
import { showDrafts } from './support/drafts';
import { menuCommand } from './support/menu';

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText('layout: post');
  await showDrafts(page);
});

test('the workspace with a post open has no serious accessibility problems', async ({ page }) => {
  expect(await audit(page, 'workspace')).toEqual([]);
});

test('the export dialog has no serious accessibility problems', async ({ page }) => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  expect(await audit(page, 'export')).toEqual([]);
});

test('settings have no serious accessibility problems', async ({ page }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  expect(await audit(page, 'settings')).toEqual([]);
});

test('history has no serious accessibility problems', async ({ page }) => {
  await menuCommand(page, 'File', 'History');
  await expect(page.getByRole('dialog', { name: 'History' })).toBeVisible();
  expect(await audit(page, 'history')).toEqual([]);
});

test('the drafts list and its trash have no serious accessibility problems', async ({ page }) => {
  await page.getByRole('button', { name: 'Trash' }).click();
  expect(await audit(page, 'trash')).toEqual([]);
});

for (const lang of ['en', 'es']) {
  test(`every formatting button's name contains the text it shows (${lang}, WCAG 2.5.3)`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${lang}`);
    const toolbar = page.getByRole('toolbar').first();
    await expect(toolbar.getByRole('button').first()).toBeVisible();
    const buttons = await toolbar.getByRole('button').all();
    expect(buttons.length).toBeGreaterThan(10);
    for (const button of buttons) {
      const shown = (await button.innerText()).trim();
      if (!/[\p{L}\p{N}]/u.test(shown)) continue;
      const name = (await button.getAttribute('aria-label')) ?? shown;
      expect(name.toLowerCase(), `the button showing "${shown}"`).toContain(shown.toLowerCase());
    }
    const result = await new AxeBuilder({ page })
      .setLegacyMode(true)
      .withRules(['label-content-name-mismatch'])
      .analyze();
    expect(result.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
}
