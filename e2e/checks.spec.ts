import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './support/fixtures';
import { showDrafts } from './support/drafts';
import { JEKYLL_BLOG_DIR } from '../fixtures/paths.mjs';

const NAME = '2019-04-05-declaracion-alertadores.markdown';
const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });
const checksButton = (page: Page) => page.getByRole('button', { name: /^Checks/ });
const checksList = (page: Page) => page.getByRole('list', { name: 'Checks' });
const item = (page: Page, text: string | RegExp) =>
  checksList(page).getByRole('listitem').filter({ hasText: text });

/** A real post of the blog with one problem of each kind the app can see without a site. */
function postWithProblems(): string {
  const real = readFileSync(path.join(JEKYLL_BLOG_DIR, '_posts', NAME), 'utf8');
  const text = real
    .replace("title: 'Declaración para", "title: 'Nueva declaración conjunta para la")
    .replace('¡Revísala!', '¡Revísala y compártela con tus amigas y amigos!')
    .replace('date: 2019-04-05 12:00:00 -0300)', 'date: 2030-04-05 12:00:00')
    .replace('layout: post', 'layout: entrada')
    .replace('categories: Proyecto', 'categories: Deportes')
    .replace('    caption: \n---', '    caption: \ncredits: créditos: Le Journal\n---');
  const problems = [
    '# Un título en el cuerpo',
    '',
    '#### Nivel saltado',
    '',
    '![](https://i.imgur.com/4uveZZa.jpg)',
    '*Firmantes en Valencia*',
    '',
    '<img src="http://example.org/foto.jpg">',
    '',
    'Lee [aquí](https://ciudadaniai.org), [](https://ciudadaniai.org) y [la ley][ley].',
    '',
    '{% if page.x %}sin cerrar',
    '',
  ].join('\n');
  // Right after the front matter, so that the editor shows them without scrolling.
  const end = text.indexOf('\n---\n') + '\n---\n'.length;
  return text.slice(0, end) + problems + '\n' + text.slice(end);
}

/** Imports the post with problems and opens the Checks panel. */
async function openChecks(page: Page) {
  await page.goto('/?lang=en');
  await showDrafts(page);
  await page.getByLabel('Import').setInputFiles({
    name: NAME,
    mimeType: 'text/markdown',
    buffer: Buffer.from(postWithProblems()),
  });
  await expect(editor(page)).toContainText('Nivel saltado');
  await expect(checksButton(page)).toHaveAccessibleName(/^Checks \d+ problems?$/);
  await checksButton(page).click();
  await expect(checksList(page)).toBeVisible();
}

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('a post with one problem of each kind shows each finding at its line', async ({ page }) => {
  await openChecks(page);
  const text = postWithProblems();
  const expected: [RegExp, string][] = [
    [/Error.*Jekyll would reject this front matter/, 'credits:'],
    [/Warning.*The title has 60 characters.*first 42/, 'title:'],
    [/Warning.*The intro has 142 characters.*first 112/, 'intro:'],
    [/Warning.*The date 2030-04-05 12:00:00 is in the future/, 'date:'],
    [/Tip.*has no time zone offset/, 'date:'],
    [/Warning.*no layout “entrada”/, 'layout:'],
    [/Tip.*category “Deportes”/, 'categories:'],
    [/Warning.*header image has no caption/, 'caption:'],
    [/Warning.*already shows the title as the main heading/, '# Un título'],
    [/Warning.*jumps from level 1 to level 4/, '#### Nivel'],
    [/Warning.*no alternative text/, '![](https://i.imgur.com'],
    [/Warning.*loaded over http:/, '<img src="http:'],
    [/Tip.*“aquí” does not say where it leads/, 'Lee [aquí]'],
    [/Warning.*no text or leads nowhere/, 'Lee [aquí]'],
    [/Warning.*\[ley\] has no definition/, 'Lee [aquí]'],
    [/Error.*\{% if %\} is never ended with \{% endif %\}/, '{% if page.x %}'],
  ];
  for (const [sentence, needle] of expected) {
    const line = lineOf(text, needle);
    await expect(
      item(page, sentence)
        .filter({ hasText: `(line ${line})` })
        .first(),
    ).toBeVisible();
  }
});

test('"Go to line" puts the cursor on the finding’s line', async ({ page }) => {
  await openChecks(page);
  const line = lineOf(postWithProblems(), '#### Nivel');
  await item(page, /jumps from level 1 to level 4/)
    .getByRole('button', { name: `Go to line ${line}` })
    .click();
  await expect(editor(page)).toBeFocused();
  await expect(page.getByText(`Line ${line}`, { exact: true })).toBeVisible();
});

test('the caption becomes the alt text in one edit, undone in one step', async ({ page }) => {
  await openChecks(page);
  await item(page, /no alternative text/)
    .getByRole('button', { name: 'Use “Firmantes en Valencia” as alt text' })
    .click();
  await expect(editor(page)).toContainText(
    '![Firmantes en Valencia](https://i.imgur.com/4uveZZa.jpg)',
  );
  // The finding goes once the checks run again after the edit.
  await expect(item(page, /no alternative text/)).toHaveCount(1);
  await editor(page).focus();
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toContainText('![](https://i.imgur.com/4uveZZa.jpg)');
  await expect(editor(page)).not.toContainText('Firmantes en Valencia](');
  await expect(item(page, /no alternative text/)).toHaveCount(2);
});

test('export lists the findings; errors block it until "Export anyway"', async ({ page }) => {
  await openChecks(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('list', { name: 'Errors' })).toContainText(
    'The Liquid block {% if %} is never ended',
  );
  await expect(dialog.getByRole('list', { name: 'Warnings' })).toContainText(
    'The date 2030-04-05 12:00:00 is in the future',
  );
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Export anyway' })).toBeEnabled();
});

test('a silenced check stays silenced for the post after a reload', async ({ page }) => {
  await openChecks(page);
  await item(page, /category “Deportes”/)
    .getByRole('button', { name: 'Silence for this post' })
    .click();
  await expect(item(page, /category “Deportes”/)).toHaveCount(0);
  await expect(page.getByText('1 check silenced for this post.')).toBeVisible();
  await page.reload();
  await expect(editor(page)).toContainText('Nivel saltado');
  await checksButton(page).click();
  await expect(item(page, /header image has no caption/)).toBeVisible();
  await expect(item(page, /category “Deportes”/)).toHaveCount(0);
  // The text itself says nothing of it.
  await expect(editor(page)).not.toContainText('silenced');
});

test('the panel has no accessibility violations and announces the count politely', async ({
  page,
}) => {
  await openChecks(page);
  const live = page.locator('[aria-live="polite"]').filter({ hasText: /^Checks: \d+ problems\.$/ });
  await expect(live).toHaveCount(1);
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .include('.checks')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
  // Typing changes no announcement until the checks run again and the count changes.
  const before = await live.textContent();
  await editor(page).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' más');
  await expect(live).toHaveText(before ?? '');
});
