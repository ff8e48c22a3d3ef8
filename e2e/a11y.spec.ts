import { test, expect, type Page } from './support/fixtures';
import AxeBuilder from '@axe-core/playwright';
import { showDrafts } from './support/drafts';

/** Returns axe's serious and critical violations on the page as it is now, with the minor ones. */
async function audit(page: Page, label: string) {
  // Legacy mode runs axe in the page itself: its default opens a helper page, which fails
  // under this Chromium. The sandboxed preview frame runs no script, so axe skips inside it.
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = result.violations.filter((v) => !grave.includes(v));
  for (const v of minor) {
    const where = v.nodes.map((n) => n.target.join(' ')).join(', ');
    console.log(`[axe ${label}] ${v.impact}: ${v.id} at ${where}`);
  }
  return grave.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

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
  await page.getByRole('button', { name: 'History' }).click();
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
