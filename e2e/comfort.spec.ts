import { test, expect, type Page } from './support/fixtures';
import { openMenu } from './support/menu';

/** Presses Tab until the focused element has the accessible name `name`; fails after 80 tabs. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    // In the editor Tab indents; Escape first lets the next Tab leave it (CodeMirror's way out).
    const inEditor = await page.evaluate(() => !!document.activeElement?.closest('.cm-content'));
    if (inEditor) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
      return el.getAttribute('aria-label') || labelled?.textContent || el.textContent || '';
    });
    if (typeof name === 'string' ? label.trim() === name : name.test(label.trim())) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText('layout: post');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});

test('keyboard only: create a post, fill its title, type the body, export it', async ({ page }) => {
  await tabTo(page, 'New post');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('');
  await tabTo(page, 'Title');
  await page.keyboard.type('Crónica del encuentro');
  await tabTo(page, 'Markdown');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Un párrafo escrito sin ratón.');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText(
    'title: "Crónica del encuentro"',
  );
  await tabTo(page, 'Export');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  const name = await dialog.getByLabel('File name').inputValue();
  expect(name).toMatch(/^\d{4}-\d\d-\d\d-cronica-del-encuentro\.md$/);
  const downloaded = page.waitForEvent('download');
  await tabTo(page, 'Download');
  await page.keyboard.press('Enter');
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe(name);
});

test('focus mode shows the editor alone, from the View menu or Ctrl+Shift+Enter', async ({
  page,
}) => {
  const view = await openMenu(page, 'View');
  await view.getByRole('menuitemcheckbox', { name: 'Focus mode' }).click();
  await expect(page.getByRole('region', { name: 'Fields' })).toBeHidden();
  await expect(page.getByTitle('Preview')).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toBeVisible();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByRole('region', { name: 'Fields' })).toBeVisible();
  await expect(page.getByTitle('Preview')).toBeVisible();
});

test('panes resize with the keyboard and keep their size after a reload', async ({ page }) => {
  const separator = page.getByRole('separator', { name: 'Resize fields' });
  const before = Number(await separator.getAttribute('aria-valuenow'));
  const pane = page.getByRole('region', { name: 'Fields' });
  const widthBefore = (await pane.boundingBox())!.width;
  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', String(before + 40));
  expect((await pane.boundingBox())!.width).toBeCloseTo(widthBefore + 40, 0);
  await page.reload();
  await expect(page.getByRole('separator', { name: 'Resize fields' })).toHaveAttribute(
    'aria-valuenow',
    String(before + 40),
  );
});

test('? opens the keyboard shortcuts; the theme can be switched', async ({ page }) => {
  await page.getByRole('button', { name: 'Drafts', exact: true }).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Bold/ })).toContainText('Ctrl+B');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  const view = await openMenu(page, 'View');
  await expect(view.getByRole('group', { name: 'Theme' })).toBeVisible();
  await view.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('at tablet width the writing side (Fields and Write tabs) sits beside the preview', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  const box = async (name: string) =>
    (await page.getByRole('region', { name, exact: true }).boundingBox())!;
  const tabs = page.getByRole('tablist', { name: 'Panes' });
  await expect(tabs.getByRole('tab')).toHaveText(['Fields', 'Write']);
  await expect(tabs.getByRole('tab', { name: 'Write' })).toHaveAttribute('aria-selected', 'true');
  const [editor, preview] = [await box('Editor'), await box('Preview pane')];
  // Side by side and inside the window: nothing to scroll to reach the preview.
  expect(preview.x).toBeGreaterThanOrEqual(editor.x + editor.width - 1);
  expect(preview.y + preview.height).toBeLessThanOrEqual(1000);
  expect(editor.width).toBeGreaterThan(300);
  await expect(page.frameLocator('iframe[title="Preview"]').locator('h1')).toBeInViewport();
  // Fields take the writing side's place; arrows move between the tabs.
  await tabs.getByRole('tab', { name: 'Write' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: 'Fields' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Fields', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Editor', exact: true })).toBeHidden();
  await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
});
