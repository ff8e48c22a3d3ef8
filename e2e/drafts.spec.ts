import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test, type Page } from './support/fixtures';
import { draftsList, showDrafts } from './support/drafts';
import config from '../playwright.config';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { menuCommand } from './support/menu';

const WELCOME_TITLE =
  'Encuentro Regional de la Alianza para el Gobierno Abierto: Historias que contar desde Montevideo';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });
const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Sav/ });
const openDraft = (page: Page) => draftsList(page).locator('[aria-current="true"]');
const draftItem = (page: Page, title: string) =>
  draftsList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });

/** Opens the app, waits until its draft is open and stored, and shows the drafts list. */
async function openApp(page: Page): Promise<void> {
  await page.goto('/?lang=en');
  await expect(editor(page)).toContainText('layout: post');
  await showDrafts(page);
}

/** Starts a new post and titles it through the form, as a person would. */
async function newTitledPost(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(openDraft(page)).toHaveAccessibleName('Untitled');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await expect(openDraft(page)).toHaveAccessibleName(title);
}

/** Types `text` at the end of the editor's text. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Types `suffix` at the end of the post's title in the Title field, key by key or at once. */
async function typeInTitle(page: Page, suffix: string, atOnce = false): Promise<void> {
  const title = page.getByLabel('Title', { exact: true });
  await title.click();
  await title.press('End');
  if (atOnce) await page.keyboard.insertText(suffix);
  else await title.pressSequentially(suffix);
}

test('New post puts the caret in the new post’s Title, by mouse or by keyboard', async ({
  page,
}) => {
  await openApp(page);
  const title = page.getByLabel('Title', { exact: true });
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(openDraft(page)).toHaveAccessibleName('Untitled');
  await expect(title).toBeFocused();
  await page.keyboard.type('Con el teclado');
  await expect(openDraft(page)).toHaveAccessibleName('Con el teclado');

  await page.getByRole('button', { name: 'New post' }).focus();
  await page.keyboard.press('Enter');
  await expect(openDraft(page)).toHaveAccessibleName('Untitled');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('');
  // Opening a draft from the list leaves the focus where it was.
  await draftItem(page, 'Con el teclado').getByRole('button', { name: 'Con el teclado' }).click();
  await expect(title).toHaveValue('Con el teclado');
  await expect(title).not.toBeFocused();
});

test('a title typed the moment New post is clicked is the new post’s; the posts left keep theirs', async ({
  page,
}) => {
  await openApp(page);
  const titles = ['Nota 1', 'Nota 2', 'Nota 3', 'Nota 4', 'Nota 5'];
  for (const title of titles) {
    // No wait for the new post: until it is in the editor, the post being left takes no edits.
    await page.getByRole('button', { name: 'New post' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
  }
  await expect(openDraft(page)).toHaveAccessibleName('Nota 5');
  await expect(editor(page)).toContainText('title: "Nota 5"');
  for (const title of [WELCOME_TITLE, ...titles]) {
    await expect(draftItem(page, title), title).toHaveCount(1);
  }
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(6);
});

test('typed text is stored and reopened, in the same draft, after a reload', async ({ page }) => {
  await openApp(page);
  await expect(draftItem(page, WELCOME_TITLE)).toHaveCount(1);
  await newTitledPost(page, 'Crónica de prueba');
  // The title's own save ends first, so that a "Saving…" recorded below is the typing's.
  await expect(saveStatus(page)).toHaveText('Saved');
  // "Saving…" shows from the first key until 300 ms after the last: recorded as it shows, since
  // a check after typing may come after it on a busy machine.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __saveStates: string[] }).__saveStates = seen;
    const read = () => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = el.textContent ?? '';
        if (/Sav/.test(text) && seen.at(-1) !== text) seen.push(text);
      }
    };
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await typeAtEnd(page, 'Un párrafo que no se pierde.');
  const states = () =>
    page.evaluate(() => (window as unknown as { __saveStates: string[] }).__saveStates);
  // On a busy page the status may turn to "Saving…" only after the last key: until it has, a
  // "Saved" still on show is the title's.
  await expect.poll(states).toContain('Saving…');
  await expect(saveStatus(page)).toHaveText('Saved');
  expect((await states()).at(-1)).toBe('Saved');

  await page.reload();
  await expect(editor(page)).toContainText('Un párrafo que no se pierde.');
  await showDrafts(page);
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
  await expect(openDraft(page)).toHaveAccessibleName('Crónica de prueba');
  await expect(page.getByText(/^Storage: /)).toBeVisible();
});

test('text typed ~500 ms before the browser is closed is there on the next start', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'pluma-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
      baseURL: config.use?.baseURL,
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await openApp(page);
    await newTitledPost(page, 'Antes del cierre');
    await expect(saveStatus(page)).toHaveText('Saved');
    await typeAtEnd(page, 'Última frase antes del cierre.');
    await page.waitForTimeout(500);
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/?lang=en');
    await expect(editor(again)).toContainText('Última frase antes del cierre.');
    await showDrafts(again);
    await expect(openDraft(again)).toHaveAccessibleName('Antes del cierre');
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('two tabs editing one draft: a conflict is shown and both texts are kept', async ({
  context,
}) => {
  const a = await context.newPage();
  await openApp(a);
  const b = await context.newPage();
  await openApp(b);
  await expect(b.getByText('also open in another tab')).toBeVisible();

  // Both type before either has stored: B's save must not overwrite A's. (B's words go in at
  // once: keys typed after the dialog opens would rightly not reach the editor.)
  await typeInTitle(a, ' (pestaña A)');
  await typeInTitle(b, ' (pestaña B)', true);
  const conflict = b.getByRole('dialog', { name: 'Conflict' });
  await expect(conflict).toBeVisible();
  await expect(saveStatus(a)).toHaveText('Saved');
  await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(conflict).toBeHidden();

  const titleA = `${WELCOME_TITLE} (pestaña A)`;
  const titleB = `${WELCOME_TITLE} (pestaña B) (copy)`;
  await expect(saveStatus(b)).toHaveText('Saved');
  await expect(openDraft(a)).toHaveAccessibleName(titleA);
  await expect(openDraft(b)).toHaveAccessibleName(titleB);
  for (const page of [a, b]) {
    await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
    await expect(draftItem(page, titleA)).toHaveCount(1);
    await expect(draftItem(page, titleB)).toHaveCount(1);
  }
  // The original draft still holds A's text: open it in B.
  await draftItem(b, titleA).getByRole('button', { name: titleA }).click();
  await expect(openDraft(b)).toHaveAccessibleName(titleA);
  await expect(editor(b)).toContainText('(pestaña A)');
  await expect(editor(b)).not.toContainText('(pestaña B)');
});

test('a deleted draft goes to the trash and comes back from it', async ({ page }) => {
  await openApp(page);
  await newTitledPost(page, 'Borrador para la papelera');
  const item = draftItem(page, 'Borrador para la papelera');
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(item).toHaveCount(0);
  await expect(openDraft(page)).toHaveAccessibleName(WELCOME_TITLE);

  const trashToggle = page.getByRole('button', { name: 'Trash' });
  await trashToggle.click();
  const trash = page.getByRole('list', { name: 'Trash' });
  const trashed = trash.getByRole('listitem').filter({ hasText: 'Borrador para la papelera' });
  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(trash).toBeHidden();
  await trashToggle.click();
  await item.getByRole('button', { name: 'Borrador para la papelera' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Borrador para la papelera');
});

test('a snapshot from History restores the text, keeping the replaced one', async ({ page }) => {
  await openApp(page);
  // History is in the File menu: focus goes back to the menu's button.
  const historyButton = page.getByRole('button', { name: 'File', exact: true });
  await menuCommand(page, 'File', 'History');
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history).toBeVisible();
  await history.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await expect(historyButton).toBeFocused();

  await typeInTitle(page, ' cambiado');
  await expect(openDraft(page)).toHaveAccessibleName(`${WELCOME_TITLE} cambiado`);
  await expect(saveStatus(page)).toHaveText('Saved');

  await menuCommand(page, 'File', 'History');
  const byHand = history.getByRole('listitem').filter({ hasText: 'taken by hand' });
  await byHand.getByRole('button', { name: 'Restore' }).click();
  await expect(history).toBeHidden();
  await expect(openDraft(page)).toHaveAccessibleName(WELCOME_TITLE);
  await expect(editor(page)).not.toContainText('cambiado');
  await expect(saveStatus(page)).toHaveText('Saved');

  await menuCommand(page, 'File', 'History');
  const before = history.getByRole('listitem').filter({ hasText: 'before a restore' });
  await expect(before).toHaveCount(1);
  const download = page.waitForEvent('download');
  await before.getByRole('button', { name: 'Export' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.snapshot-[\d-]+\.md$/);
});
