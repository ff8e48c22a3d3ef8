import { test, expect, type Page } from './support/fixtures';
import type { Locator } from '@playwright/test';

/** Returns the editor's lines as the page shows them (one entry per logical line). */
async function editorLines(page: Page): Promise<string[]> {
  return page.getByRole('textbox', { name: 'Markdown' }).locator('.cm-line').allTextContents();
}

/**
 * Clicks the last visual row of an editor line, so that End then goes to the end of the line
 * itself (End stops at each wrap point of a line the editor wraps).
 */
async function clickLastRow(line: Locator) {
  const box = (await line.boundingBox())!;
  await line.click({ position: { x: 4, y: box.height - 4 } });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText('layout: post');
});

test('a title typed in the form changes only the title line of the file', async ({ page }) => {
  const before = await editorLines(page);
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Nuevo título: ñandú');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText('ñandú');
  const after = await editorLines(page);
  expect(after.length).toBe(before.length);
  const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i]));
  expect(changed).toEqual([2]);
  expect(after[2]).toBe('title:  "Nuevo título: ñandú"');
});

test('an intro typed in the editor shows in the form', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await editor.locator('.cm-line', { hasText: /^intro:/ }).click({ clickCount: 3 });
  await page.keyboard.insertText('intro: "Una introducción nueva"\n');
  await expect(page.getByLabel('Intro')).toHaveValue('Una introducción nueva');
});

test('undo reverts a form edit', async ({ page }) => {
  const before = await editorLines(page);
  await page.getByLabel('Title', { exact: true }).fill('Otro título');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText('Otro título');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => editorLines(page)).toEqual(before);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(/^Encuentro Regional/);
});

test('adding an image with a caption writes correct YAML', async ({ page }) => {
  await page.getByRole('button', { name: 'Add image' }).click();
  await page.getByLabel('Image URL').nth(1).fill('https://example.org/foto.jpg');
  await page.getByLabel('Caption').nth(1).fill('Foto: el encuentro');
  await expect
    .poll(async () => (await editorLines(page)).slice(6, 11))
    .toEqual([
      'single_image:',
      '  - img: "//68.media.tumblr.com/ccee27207ead99fc7b606670ff80b39a/tumblr_inline_o879wqbazZ1r9usgg_500.jpg"',
      '    caption: "lorem caption ipsum"',
      '  - img: "https://example.org/foto.jpg"',
      '    caption: "Foto: el encuentro"',
    ]);
});

test('broken YAML shows an error and the body still edits', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await editor.locator('.cm-line', { hasText: /^layout: post$/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('\nbroken: "never closed');
  await expect(page.getByRole('alert').filter({ hasText: 'front matter' })).toContainText(
    /Line \d+/,
  );
  await clickLastRow(editor.locator('.cm-line', { hasText: /^\*Por: Manuel Barros/ }));
  await page.keyboard.press('End');
  await page.keyboard.insertText(' — texto añadido');
  await expect(editor).toContainText('Ciudadano Inteligente* — texto añadido');
  await expect(editor).toContainText('broken: "never closed');
});

test('a new post gets layout post and a date with its offset', async ({ page }) => {
  await page.getByRole('button', { name: 'New post' }).click();
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  // The new post's text is made once the post parser has loaded: until then the open post
  // (which also has `layout: post`) may still show.
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
  await expect(editor).toContainText('layout: post');
  await expect
    .poll(async () =>
      (await editorLines(page)).some((l) =>
        /^date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}$/.test(l),
      ),
    )
    .toBe(true);
});

test('formatting buttons toggle Markdown on the selection', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await clickLastRow(editor.locator('.cm-line', { hasText: /^\*Por: Manuel Barros/ }));
  await page.keyboard.press('End');
  await page.keyboard.insertText('\n\nnegrita');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: 'Bold' }).click();
  await expect(editor.locator('.cm-line', { hasText: /^\*\*negrita\*\*$/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Bold' }).click();
  await expect(editor.locator('.cm-line', { hasText: /^negrita$/ })).toHaveCount(1);
});

test('the date field edits the date in the offset it was written in', async ({ page }) => {
  const date = page.getByLabel('Date', { exact: true });
  await expect(date).toHaveValue('2016-06-03T12:00');
  await date.fill('2016-06-04T08:15:30');
  await expect(
    page.getByRole('textbox', { name: 'Markdown' }).locator('.cm-line', { hasText: /^date:/ }),
  ).toHaveText('date:   2016-06-04 08:15:30 -0300');
});

test('the status bar shows no word count until it has counted the body', async ({ page }) => {
  // Every text the bar's first part shows, from the page's start.
  await page.addInitScript(() => {
    const shown: string[] = [];
    Object.assign(window, { wordTexts: shown });
    new MutationObserver(() => {
      const text = document.querySelector('footer.status-bar')?.firstElementChild?.textContent;
      if (text && shown.at(-1) !== text) shown.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.reload();
  const words = page.getByText(/^\d+ words?$/);
  await expect(words).toHaveText(/^[1-9]\d* words$/);
  const counted = await words.textContent();
  const shown = await page.evaluate(() => (window as unknown as { wordTexts: string[] }).wordTexts);
  // Before the body is counted (its parser loads after the editor) the bar shows an ellipsis,
  // not "0 words": the only count it ever showed is the body's.
  expect(shown.filter((text) => text !== '…')).toEqual([counted]);
});

test('the status bar counts the words of the body, and again once typing pauses', async ({
  page,
}) => {
  const words = page.getByText(/^\d+ words?$/);
  await expect(words).toHaveText(/^[1-9]\d* words$/);
  const before = Number((await words.textContent())!.split(' ')[0]);
  await page.getByRole('textbox', { name: 'Markdown' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n\nuno dos tres');
  // Counted by the checks worker once typing pauses.
  await expect(words).toHaveText(`${before + 3} words`);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(words).toHaveText(`${before + 2} words`);
});
