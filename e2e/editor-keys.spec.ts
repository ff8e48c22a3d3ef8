import { test, expect, type Page } from './support/fixtures';

// The keys a writer relies on, typed with the keyboard at the end of the post as a person would:
// Ctrl+B twice around a phrase, and Enter / Backspace / markers inside lists and quotes.

const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });
const preview = (page: Page) => page.frameLocator('iframe[title="Preview"]');
/** The last block of the post's body in the preview (the layout prints more after the body). */
const lastBlock = (page: Page) => preview(page).locator('.pluma-block').last();

/** Returns the last `count` lines of the editor (the cursor is at the end, so they are shown). */
async function lastLines(page: Page, count: number): Promise<string[]> {
  const lines = await editor(page).locator('.cm-line').allTextContents();
  return lines.slice(-count);
}

/** Types a sequence at the end of the post, in a paragraph of its own: text, or a key to press. */
async function typeAtEnd(page: Page, steps: string[]) {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  for (const step of steps) {
    if (/^(Enter|Backspace|Control\+\w)$/.test(step)) await page.keyboard.press(step);
    else await page.keyboard.type(step);
  }
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(preview(page).locator('.pluma-block').first()).toBeVisible();
});

test('Ctrl+B, a phrase, Ctrl+B makes the phrase bold and the rest plain', async ({ page }) => {
  await typeAtEnd(page, ['A ', 'Control+b', 'muy importante', 'Control+b', ' fin.']);
  await expect.poll(() => lastLines(page, 1)).toEqual(['A **muy importante** fin.']);
  const paragraph = preview(page).locator('.pluma-block p', { hasText: 'fin.' }).last();
  await expect(paragraph).toHaveText('A muy importante fin.');
  await expect(paragraph.locator('strong')).toHaveText('muy importante');
});

test('Ctrl+I and a space typed before the second Ctrl+I keep the italic closed', async ({
  page,
}) => {
  await typeAtEnd(page, ['Una ', 'Control+i', 'palabra ', 'Control+i', 'suelta.']);
  await expect.poll(() => lastLines(page, 1)).toEqual(['Una *palabra* suelta.']);
  const paragraph = preview(page).locator('.pluma-block p', { hasText: 'suelta.' }).last();
  await expect(paragraph.locator('em')).toHaveText('palabra');
});

test('a letter composed with a dead key after a space stays in the bold text', async ({ page }) => {
  await typeAtEnd(page, ['Es ', 'Control+b', 'muy ']);
  // A dead key (´ then e) goes through composition, as an input method's text does.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  await expect.poll(() => lastLines(page, 1)).toEqual(['Es **muy é**']);
  await page.keyboard.type('nfasis');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('.');
  await expect.poll(() => lastLines(page, 1)).toEqual(['Es **muy énfasis**.']);
  const paragraph = preview(page).locator('.pluma-block p', { hasText: 'Es muy' }).last();
  await expect(paragraph.locator('strong')).toHaveText('muy énfasis');
});

test('Enter on an empty item ends the list: the next line is a paragraph', async ({ page }) => {
  await typeAtEnd(page, ['- uno', 'Enter', 'dos', 'Enter', 'Enter', 'Fin']);
  await expect.poll(() => lastLines(page, 4)).toEqual(['- uno', '- dos', '', 'Fin']);
  const list = preview(page).locator('.pluma-block ul').last();
  await expect(list.locator('li')).toHaveText(['uno', 'dos']);
  await expect(lastBlock(page).locator('p')).toHaveText('Fin');
});

test('a bullet typed on a continued item is not doubled', async ({ page }) => {
  await typeAtEnd(page, ['- uno', 'Enter', '- dos']);
  await expect.poll(() => lastLines(page, 2)).toEqual(['- uno', '- dos']);
  const list = preview(page).locator('.pluma-block ul').last();
  await expect(list.locator('li')).toHaveText(['uno', 'dos']);
  await expect(list.locator('ul')).toHaveCount(0);
});

test('numbered lists continue, take a typed number once and end on an empty item', async ({
  page,
}) => {
  await typeAtEnd(page, ['1. uno', 'Enter', '2. dos', 'Enter', 'tres', 'Enter', 'Enter', 'Fin']);
  await expect.poll(() => lastLines(page, 5)).toEqual(['1. uno', '2. dos', '3. tres', '', 'Fin']);
  const list = preview(page).locator('.pluma-block ol').last();
  await expect(list.locator('li')).toHaveText(['uno', 'dos', 'tres']);
  await expect(lastBlock(page).locator('p')).toHaveText('Fin');
});

test('quotes continue, take a typed > once and end on an empty line', async ({ page }) => {
  await typeAtEnd(page, ['> uno', 'Enter', '> dos', 'Enter', 'Enter', 'Fin']);
  await expect.poll(() => lastLines(page, 4)).toEqual(['> uno', '> dos', '', 'Fin']);
  const quote = preview(page).locator('.pluma-block blockquote').last();
  await expect(quote).toHaveText('uno dos');
  await expect(quote.locator('blockquote')).toHaveCount(0);
  await expect(lastBlock(page).locator('p')).toHaveText('Fin');
});

test('Backspace on a continued marker removes the marker', async ({ page }) => {
  await typeAtEnd(page, ['- uno', 'Enter', 'Backspace']);
  await expect.poll(() => lastLines(page, 2)).toEqual(['- uno', '']);
});

test('typed text goes into the editor’s own history, never the browser’s', async ({ page }) => {
  // The browser keeps the nodes of each of its own edits for its undo (2,977 more nodes after
  // 2,000 keys): the editor takes typed text itself, with what typing does kept.
  await typeAtEnd(page, ['Una (prueba']);
  // Bracket closing still sees the typed bracket; the closing one typed is stepped over.
  await expect.poll(() => lastLines(page, 1)).toEqual(['Una (prueba)']);
  await page.keyboard.type(') y fin');
  await expect.poll(() => lastLines(page, 1)).toEqual(['Una (prueba) y fin']);
  expect(await page.evaluate(() => document.queryCommandEnabled('undo'))).toBe(false);
  // Text typed over a selection replaces it, and the editor's undo brings it back.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('Otra');
  await expect.poll(() => lastLines(page, 1)).toEqual(['Otra']);
  await expect(lastBlock(page)).toHaveText('Otra');
  await page.keyboard.press('Control+z');
  await expect.poll(() => lastLines(page, 1)).toEqual(['Una (prueba) y fin']);
  await expect(lastBlock(page)).toHaveText('Una (prueba) y fin');
  expect(await page.evaluate(() => document.queryCommandEnabled('undo'))).toBe(false);
});
