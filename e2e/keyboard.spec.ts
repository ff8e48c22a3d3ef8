import { test, expect, type Page } from './support/fixtures';
import { draftsList } from './support/drafts';
import { menuCommand, type MenuName } from './support/menu';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(editor(page)).toContainText('layout: post');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});

test('the first Tab reaches "Skip to editor", and Enter puts the caret in the editor', async ({
  page,
}) => {
  const skip = page.getByRole('link', { name: 'Skip to editor' });
  // Hidden until focused, as a skip link is: it takes no room while the mouse is used.
  expect((await skip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Escrito tras saltar al editor.');
  await expect(editor(page)).toContainText('Escrito tras saltar al editor.');
});

test('Enter in the export dialog\'s "File name" downloads the post', async ({ page }) => {
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const name = dialog.getByLabel('File name');
  await name.fill('2016-06-03-montevideo.md');
  const [download] = await Promise.all([page.waitForEvent('download'), name.press('Enter')]);
  expect(download.suggestedFilename()).toBe('2016-06-03-montevideo.md');
  await expect(dialog).toBeHidden();
  await expect(exportButton).toBeFocused();
});

/**
 * The dialogs of the header: the button that opens each (or the menu whose command does, whose
 * button then gets focus back), and its name.
 */
const dialogs: { button: string; dialog: string; close?: string; menu?: MenuName }[] = [
  { button: 'Settings', dialog: 'Settings' },
  { button: 'Shortcuts', dialog: 'Keyboard shortcuts', menu: 'View' },
  { button: 'History', dialog: 'History', menu: 'File' },
  { button: 'Repository', dialog: 'Repository', menu: 'File' },
  { button: 'Export', dialog: 'Export', close: 'Cancel' },
];

for (const { button, dialog: name, close = 'Close', menu } of dialogs) {
  test(`the ${name} dialog gives focus back to "${menu ?? button}" on Escape and on ${close}`, async ({
    page,
  }) => {
    const opener = page.getByRole('button', { name: menu ?? button, exact: true });
    const dialog = page.getByRole('dialog', { name });
    for (const how of ['Escape', close]) {
      await opener.focus();
      await expect(opener, `focused before opening for ${how}`).toBeFocused();
      await page.keyboard.press('Enter');
      if (menu) {
        // The menu button pattern: Enter opens the menu on its first item; arrows move.
        const list = page.getByRole('menu', { name: menu });
        await expect(list).toBeVisible();
        const item = list.getByRole('menuitem', { name: button, exact: true });
        while (!(await item.evaluate((el) => el === document.activeElement))) {
          await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
      }
      await expect(dialog, `opened by Enter, to close by ${how}`).toBeVisible();
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await dialog.getByRole('button', { name: close, exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(opener, `after ${how}`).toBeFocused();
    }
  });
}

test('a dialog closed and opened again before the browser reports the close stays open', async ({
  page,
}) => {
  // The native dialog reports a close() in a task of its own. Under load the next key can be
  // handled first (input comes before other tasks), so the report of the old close arrives
  // after the dialog opened again; it must not close the new one.
  const opener = page.getByRole('button', { name: 'Settings', exact: true });
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await opener.click();
  const close = dialog.getByRole('button', { name: 'Close', exact: true });
  const handles = [await close.elementHandle(), await opener.elementHandle()] as const;
  const states = await page.evaluate(async ([closeButton, openButton]) => {
    const native = document.querySelector<HTMLDialogElement>('dialog[open]')!;
    // React renders a click's update in a microtask: let it run, but no task.
    const settle = async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    (closeButton as HTMLElement).click();
    await settle();
    const afterClose = native.open;
    (openButton as HTMLElement).click();
    await settle();
    return { afterClose, afterOpen: native.open };
  }, handles);
  expect(states).toEqual({ afterClose: false, afterOpen: true });
  // The stale close report has run by now.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Settings' })).toBeFocused();
});

test('a menu opens with Enter, Space or ArrowDown and closes with Escape, focus back on its button', async ({
  page,
}) => {
  for (const name of ['File', 'View'] as const) {
    const button = page.getByRole('button', { name, exact: true });
    for (const key of ['Enter', 'Space', 'ArrowDown']) {
      await button.focus();
      await page.keyboard.press(key);
      const menu = page.getByRole('menu', { name });
      await expect(menu).toBeVisible();
      await expect(
        menu.getByRole('menuitem').or(menu.getByRole('menuitemcheckbox')).first(),
      ).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(button).toBeFocused();
    }
  }
});

test('the shortcuts sheet opened with ? gives focus back to where it was', async ({ page }) => {
  const newPost = page.getByRole('button', { name: 'New post' });
  await newPost.focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(newPost).toBeFocused();
});

test('Escape closes the drafts sidebar and gives focus back to its toggle', async ({ page }) => {
  const toggle = page.getByRole('button', { name: 'Drafts', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(draftsList(page)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search drafts' }).focus();
  await page.keyboard.press('Escape');
  await expect(draftsList(page)).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();

  // From the toggle itself, too: open with Enter, close with Escape.
  await page.keyboard.press('Enter');
  await expect(draftsList(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(draftsList(page)).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('restoring a snapshot from History gives focus back to the File menu', async ({ page }) => {
  const history = page.getByRole('button', { name: 'File', exact: true });
  await menuCommand(page, 'File', 'History');
  const dialog = page.getByRole('dialog', { name: 'History' });
  await dialog.getByRole('button', { name: 'Take snapshot' }).click();
  // Restoring reloads the workspace: focus still goes back to the menu's button.
  await dialog.getByRole('button', { name: 'Restore' }).first().click();
  await expect(dialog).toBeHidden();
  await expect(history).toBeFocused();
});

test('Escape closes the blog folder’s list and gives focus back to the File menu', async ({
  page,
}) => {
  // Headless Chromium cannot show a folder picker: the origin's private file system stands in.
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker =
      () => navigator.storage.getDirectory();
  });
  await page.reload();
  await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const posts = await root.getDirectoryHandle('_posts', { create: true });
    await posts.getFileHandle('2016-06-03-encuentro.md', { create: true });
  });
  const open = page.getByRole('button', { name: 'File', exact: true });
  await menuCommand(page, 'File', 'Open blog folder');
  const list = page.getByRole('list', { name: 'Blog folder' });
  await list.getByRole('button', { name: '_posts/2016-06-03-encuentro.md' }).focus();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(open).toBeFocused();
});
