import { test, expect, type Page } from './support/fixtures';

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

test('focus mode shows the editor alone, from the button or Ctrl+Shift+Enter', async ({ page }) => {
  await page.getByRole('button', { name: 'Focus mode' }).click();
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

  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('at tablet width the fields, the editor and the preview share the height, all in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  const box = async (name: string) =>
    (await page.getByRole('region', { name, exact: true }).boundingBox())!;
  const [fields, editor, preview] = [
    await box('Fields'),
    await box('Editor'),
    await box('Preview pane'),
  ];
  // One column, top to bottom, inside the window: nothing to scroll to reach the preview.
  expect(editor.y).toBeGreaterThanOrEqual(fields.y + fields.height - 1);
  expect(preview.y).toBeGreaterThanOrEqual(editor.y + editor.height - 1);
  expect(preview.y + preview.height).toBeLessThanOrEqual(1000);
  for (const pane of [fields, editor, preview]) expect(pane.width).toBe(800);
  // The editor and the preview get the larger shares; the fields still show a few fields.
  expect(fields.height).toBeGreaterThanOrEqual(130);
  expect(editor.height).toBeGreaterThan(fields.height);
  expect(preview.height).toBeGreaterThan(fields.height);
  await expect(page.frameLocator('iframe[title="Preview"]').locator('h1')).toBeInViewport();
});
