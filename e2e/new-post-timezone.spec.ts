import { test, expect, type Page } from './support/fixtures';
import { openSettings } from './support/settings';
import { menuCommand } from './support/menu';

// The computer says UTC; every post of the blog (the welcome draft among them) says -0300.
test.use({ timezoneId: 'UTC' });

const NOON_UTC = new Date('2026-03-10T12:00:00Z');
const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });
const dateLine = (page: Page) => editor(page).locator('.cm-line', { hasText: /^date:/ });

/** Starts a new post and returns once its text is in the editor. */
async function newPost(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('');
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOON_UTC);
  await page.goto('/?lang=en');
  await expect(editor(page)).toContainText('date:   2016-06-03 12:00:00 -0300');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});

test('a new post is dated in the offset the drafts use, not the computer’s', async ({ page }) => {
  await newPost(page);
  // 12:00 UTC is 09:00 at -0300.
  await expect(dateLine(page)).toHaveText('date: 2026-03-10 09:00:00 -0300');
});

test('Settings shows the detected time zone with its source, and changes it', async ({ page }) => {
  let dialog = await openSettings(page);
  const zone = dialog.getByLabel('Time zone of new posts');
  await expect(zone).toHaveValue('');
  await expect(dialog.getByText(/Automatic: -0300/)).toContainText('drafts');

  // Something that is no time zone is refused, and the detected offset stays in use.
  await zone.fill('Mars/Olympus');
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/Not a time zone/)).toContainText('-0300');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await newPost(page);
  await expect(dateLine(page)).toHaveText('date: 2026-03-10 09:00:00 -0300');

  dialog = await openSettings(page);
  await zone.fill('+0100');
  await expect(zone).toHaveAttribute('aria-invalid', 'false');
  await expect(dialog.getByText(/Using \+0100/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await newPost(page);
  await expect(dateLine(page)).toHaveText('date: 2026-03-10 13:00:00 +0100');

  // The choice is kept; a zone name is read at the moment of writing (India: +0530 all year).
  await page.reload();
  dialog = await openSettings(page);
  await expect(zone).toHaveValue('+0100');
  await zone.fill('Asia/Kolkata');
  await expect(dialog.getByText(/Using \+0530/)).toContainText('Asia/Kolkata');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await newPost(page);
  await expect(dateLine(page)).toHaveText('date: 2026-03-10 17:30:00 +0530');

  // Emptied, the field is automatic again.
  dialog = await openSettings(page);
  await zone.fill('');
  await expect(dialog.getByText(/Automatic: /)).toBeVisible();
});

test('the blog folder’s _config.yml timezone decides, over the drafts', async ({ page }) => {
  // Headless Chromium cannot show a folder picker: the origin's private file system stands in.
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker =
      () => navigator.storage.getDirectory();
  });
  await page.reload();
  await expect(editor(page)).toBeVisible();
  await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const config = await root.getFileHandle('_config.yml', { create: true });
    const writable = await config.createWritable();
    await writable.write("title: Blog\ntimezone: Asia/Kolkata # the site's zone\n");
    await writable.close();
    await root.getDirectoryHandle('_posts', { create: true });
  });
  await menuCommand(page, 'File', 'Open blog folder');
  const folder = page.getByRole('dialog', { name: 'Open a post from the blog folder' });
  await expect(folder.getByText('No posts in _posts/ or _drafts/.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(folder).toBeHidden();
  const dialog = await openSettings(page);
  await expect(dialog.getByText(/Automatic: \+0530/)).toContainText('Asia/Kolkata');
  await expect(dialog.getByText(/Automatic: \+0530/)).toContainText('_config.yml');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await newPost(page);
  await expect(dateLine(page)).toHaveText('date: 2026-03-10 17:30:00 +0530');
});
