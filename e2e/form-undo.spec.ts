import { test, expect, type Page } from './support/fixtures';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });
const title = (page: Page) => page.getByLabel('Title', { exact: true });

/** Types " nuevo" on in the Title field, which has the focus; returns the title before and after. */
async function typeInTitle(page: Page): Promise<[string, string]> {
  const original = await title(page).inputValue();
  await expect(title(page)).toBeFocused();
  await page.keyboard.type(' nuevo', { delay: 80 });
  const typed = `${original} nuevo`;
  await expect(title(page)).toHaveValue(typed);
  await expect(editor(page)).toContainText(typed);
  return [original, typed];
}

/** Returns the Title field's value once it differs from `from`. */
async function valueAfter(page: Page, from: string): Promise<string> {
  await expect(title(page)).not.toHaveValue(from);
  return title(page).inputValue();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(editor(page)).toContainText('layout: post');
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(title(page)).toHaveValue('');
  await title(page).click();
  await page.keyboard.type('Titulo', { delay: 80 });
  await expect(editor(page)).toContainText('Titulo');
  // A pause longer than the editor's group delay (500 ms) closes this word's undo step, as a
  // pause in typing does in the editor.
  await page.waitForTimeout(700);
});

test('Ctrl+Z in Title goes back to the original title and never brings text back', async ({
  page,
}) => {
  const [original, typed] = await typeInTitle(page);
  let value = typed;
  const seen: string[] = [];
  while (value !== original && seen.length < 2) {
    await page.keyboard.press('ControlOrMeta+Z');
    value = await valueAfter(page, value);
    seen.push(value);
    // Each step goes only backward: a shorter part of what was typed.
    expect(typed.startsWith(value) && value.startsWith(original)).toBe(true);
  }
  expect(value).toBe(original);
  await expect(editor(page)).not.toContainText(typed);
  // A further Ctrl+Z goes on backward (into the typing of "Titulo"), never forward again.
  await page.keyboard.press('ControlOrMeta+Z');
  await page.waitForTimeout(300);
  expect(original.startsWith(await title(page).inputValue())).toBe(true);
});

test('Ctrl+Shift+Z and Ctrl+Y in Title redo the typing', async ({ page }) => {
  const [original, typed] = await typeInTitle(page);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(title(page)).toHaveValue(original);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(title(page)).toHaveValue(typed);
  await expect(editor(page)).toContainText(typed);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(title(page)).toHaveValue(original);
  await page.keyboard.press('ControlOrMeta+Y');
  await expect(title(page)).toHaveValue(typed);
});

test('undo in the editor takes back the form typing as a word, not a character', async ({
  page,
}) => {
  const [original] = await typeInTitle(page);
  await editor(page).locator('.cm-line').last().click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(title(page)).toHaveValue(original);
});
