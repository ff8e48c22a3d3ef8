import { test, expect, type Page } from './support/fixtures';

/** A post whose title holds quotes inside quotes, as Spanish titles often do. */
const QUOTES_INSIDE = [
  '---',
  'layout: post',
  'title: "El "Plan Nacional": qué significa"',
  'intro: "Qué dice el plan, punto por punto"',
  'date:   2016-06-03 12:00:00 -0300',
  'categories: ',
  '---',
  'Cuerpo de la entrada.',
  '',
].join('\n');

/** A post whose intro opens a quote on line 4 that no line closes. */
const UNCLOSED = [
  '---',
  'layout: post',
  'title: Un título',
  'intro: "Sin cierre',
  'date:   2016-06-03 12:00:00 -0300',
  'categories: ',
  'highlighted: false',
  'share_message: hola',
  '---',
  'Cuerpo.',
  '',
].join('\n');

const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });

/** Returns the editor's lines as the page shows them (one entry per logical line). */
async function editorLines(page: Page): Promise<string[]> {
  return editor(page).locator('.cm-line').allTextContents();
}

/** Replaces the whole text of the editor with `text`, as a person pasting a post would. */
async function putPost(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await expect(editor(page)).toContainText(text.split('\n')[2]);
}

const problems = (page: Page) => page.getByRole('alert').filter({ hasText: 'encabezado' });

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=es');
  await expect(editor(page)).toContainText('layout: post');
});

test('quotes inside a quoted title: a Spanish message at its line, a locked field, a one-click fix', async ({
  page,
}) => {
  await putPost(page, QUOTES_INSIDE);
  const alert = problems(page);
  await expect(alert).toContainText(
    'Línea 3, columna 8: El valor de «title» tiene comillas dentro de comillas',
  );
  await expect(alert).not.toContainText('Nested mappings');
  await expect(alert.getByRole('listitem')).toHaveCount(1);

  // The title is locked and looks it, says why, and shows the text as written, not a data dump.
  const title = page.getByLabel('Título', { exact: true });
  await expect(title).toBeDisabled();
  await expect(title).toHaveValue('El "Plan Nacional": qué significa');
  await expect(title).toHaveAccessibleDescription(/Bloqueado: el problema de la línea 3/);
  const background = () => title.evaluate((el) => getComputedStyle(el).backgroundColor);
  const locked = await background();

  // The date swallowed by the broken title is written in the text: locked, not "required".
  const date = page.getByLabel('Fecha', { exact: true });
  await expect(date).toBeDisabled();
  await expect(date).toHaveValue('2016-06-03T12:00');
  await expect(page.getByText(/es obligatorio|debe ser texto/)).toHaveCount(0);

  const before = await editorLines(page);
  await alert.getByRole('button', { name: 'Arreglar comillas' }).click();
  await expect(problems(page)).toHaveCount(0);
  await expect(title).toBeEnabled();
  await expect(title).toHaveValue('El "Plan Nacional": qué significa');
  await expect(date).toBeEnabled();
  expect(await background()).not.toBe(locked);
  const after = await editorLines(page);
  expect(after.length).toBe(before.length);
  expect(after.flatMap((line, i) => (line === before[i] ? [] : [i]))).toEqual([2]);
  expect(after[2]).toBe(`title: 'El "Plan Nacional": qué significa'`);

  // The fixed field has the focus, and the fix is one step of the editor's history.
  await expect(title).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editorLines(page)).toEqual(before);
  await expect(title).toBeDisabled();
  await expect(problems(page).getByRole('button', { name: 'Arreglar comillas' })).toBeVisible();
});

test('an unclosed quote is reported at the line that opens it', async ({ page }) => {
  await putPost(page, UNCLOSED);
  await expect(problems(page)).toContainText(
    'Línea 4, columna 8: Unas comillas abiertas aquí no se cierran',
  );
  await expect(problems(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('Introducción', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Título', { exact: true })).toBeEnabled();
  await expect(problems(page).getByRole('button', { name: 'Arreglar comillas' })).toHaveCount(0);
});
