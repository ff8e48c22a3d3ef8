import { test, expect, type Page } from './support/fixtures';

// Once the preview shows the post, a hidden editor is typed into while the page is idle, so that
// the person's first keys find CodeMirror's code compiled (src/features/editor/warm-up.ts). None
// of it may reach the person: not their text, not their undo history, not their focus, not what
// a screen reader finds on the page.
// The typing fast path's code, which warms up in the page too, is fetched after what shows the
// post next.

const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });
const preview = (page: Page) => page.frameLocator('iframe[title="Preview"]');
const warmUp = (page: Page) => page.locator('[data-editor-warm-up]');

/** The text boxes of the page's accessibility tree (shadow roots included), by name. */
async function textboxes(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.role?.value === 'textbox')
    .map((n) => n.name?.value ?? '')
    .sort();
}

test('the hidden editor the warm-up types into never reaches the person', async ({ page }) => {
  await page.goto('/?lang=en');
  await editor(page).click();
  await expect(preview(page).locator('.pluma-block').first()).toBeVisible();
  const text = await editor(page).textContent();
  // While it types: no second text box for assistive technology, and the focus stays.
  await expect(warmUp(page)).toBeAttached();
  const during = await textboxes(page);
  expect(during.filter((name) => name === 'Markdown')).toHaveLength(1);
  expect(await page.evaluate(() => !!document.activeElement?.closest('.cm-content'))).toBe(true);
  // It goes once done, and leaves the post, its undo history and the page's text boxes as they were.
  await expect(warmUp(page)).toHaveCount(0, { timeout: 15_000 });
  expect(await textboxes(page)).toEqual(during);
  expect(await editor(page).textContent()).toBe(text);
  await page.keyboard.press('Control+z');
  expect(await editor(page).textContent()).toBe(text);
  expect(await page.evaluate(() => !!document.activeElement?.closest('.cm-content'))).toBe(true);
});

test('keys typed as soon as the post shows land as typed, and the warm-up ends once they pause', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(preview(page).locator('.pluma-block').first()).toBeVisible();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Escribo mientras se calienta.', { delay: 30 });
  const lines = await editor(page).locator('.cm-line').allTextContents();
  expect(lines.at(-1)).toBe('Escribo mientras se calienta.');
  await expect(
    preview(page).locator('.pluma-block p', { hasText: 'Escribo mientras se calienta.' }),
  ).toHaveCount(1);
  await expect(warmUp(page)).toHaveCount(0, { timeout: 15_000 });
});

test("on a start, the preview's code and the post's parser are fetched before the typing fast path's", async ({
  page,
}) => {
  // The fast path (core/render/typing.ts and the Markdown parser it runs in the page) is asked
  // for as the editor holds the post, but fetched after what shows the post next: before them,
  // it took the few connections to the server and the preview pane's code waited behind it.
  const scripts: string[] = [];
  page.on('request', (request) => {
    const name = /\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (name) scripts.push(name);
  });
  await page.goto('/?lang=en');
  await expect(preview(page).locator('.pluma-block').first()).toBeVisible();
  await expect.poll(() => scripts).toContain('typing');
  for (const first of ['preview-pane', 'post', 'front-matter-form']) {
    expect(scripts, `${first} before typing`).toContain(first);
    expect(scripts.indexOf(first), `${first} before typing`).toBeLessThan(
      scripts.indexOf('typing'),
    );
  }
});
