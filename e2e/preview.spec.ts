import { createIncrementalRenderer } from '../src/core/render.ts';
import { ECHO_WINDOW_MS } from '../src/features/preview/scroll-sync.ts';
import { test, expect, type Page } from './support/fixtures';

const frameOf = (page: Page) => page.frameLocator('iframe[title="Preview"]');

/** Types `text` at the end of the editor's document, as a person would. */
async function typeAtEnd(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(frameOf(page).locator('.pluma-block').first()).toBeVisible();
});

test('typing in the editor shows the text in the preview', async ({ page }) => {
  await typeAtEnd(page, '\n\nHola desde *Playwright*');
  const preview = frameOf(page);
  await expect(preview.locator('em', { hasText: 'Playwright' })).toBeVisible();
  await expect(preview.locator('body')).toContainText('Hola desde Playwright');
});

test('the title field drives the preview title, cut at 42 characters like the blog', async ({
  page,
}) => {
  const title = page.getByLabel('Title', { exact: true });
  const heading = frameOf(page).locator('h1');
  await title.fill('Un título corto');
  await expect(heading).toHaveText('Un título corto');
  const long = 'Un título bastante más largo que cuarenta y dos caracteres';
  await title.fill(long);
  await expect(heading).toHaveText(`${long.slice(0, 39)}...`);
  await expect(heading).toHaveAttribute('title', long);
  await expect(heading.locator('.pluma-cut')).toHaveText('...');
});

test('editing the title keeps the header image: the same node, not loaded again', async ({
  page,
}) => {
  const image = frameOf(page).locator('#pluma-header figure img');
  await expect(image).toBeVisible();
  await image.evaluate((img) => ((img as HTMLImageElement & { __mark?: boolean }).__mark = true));
  await page.getByLabel('Title', { exact: true }).fill('Otro título para la foto');
  await expect(frameOf(page).locator('h1')).toHaveText('Otro título para la foto');
  // The title is the image's alt text: it changes on the node that was already there.
  await expect(image).toHaveAttribute('alt', 'Otro título para la foto');
  expect(await image.evaluate((img) => (img as { __mark?: boolean }).__mark === true)).toBe(true);
});

test('the date prints as the blog prints it', async ({ page }) => {
  await expect(frameOf(page).locator('time')).toHaveText('3 de Junio, 2016');
});

test('width presets change the frame width', async ({ page }) => {
  const frame = page.getByTitle('Preview');
  const width = () => frame.evaluate((el) => Math.round(el.getBoundingClientRect().width));
  await page.getByRole('button', { name: 'Phone' }).click();
  await expect(page.getByRole('button', { name: 'Phone' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(width).toBe(375);
  await page.getByRole('button', { name: 'Tablet' }).click();
  await expect.poll(width).toBe(768);
  await page.getByRole('button', { name: 'Desktop' }).click();
  await expect.poll(width).toBeGreaterThan(375);
  await expect(page.getByRole('button', { name: 'Phone' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('the card view shows the post as the home page lists it', async ({ page }) => {
  await page.getByRole('button', { name: 'Card view' }).click();
  await expect(page.getByRole('button', { name: 'Card view' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const card = frameOf(page).locator('.pluma-card');
  await expect(card).toBeVisible();
  await expect(card.locator('h2')).toContainText('Encuentro Regional');
  await expect(frameOf(page).locator('#pluma-post')).toBeHidden();
  await page.getByRole('button', { name: 'Post view' }).click();
  await expect(frameOf(page).locator('h1')).toBeVisible();
});

test("an edit patches only the changed block: other nodes and the reader's place stay", async ({
  page,
}) => {
  // Same-origin frame: the page can reach its DOM (the frame itself runs no script).
  const mark = () =>
    page.evaluate(() => {
      const doc =
        document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')!.contentDocument!;
      const blocks = [...doc.querySelectorAll<HTMLElement>('.pluma-block')];
      (blocks[1] as HTMLElement & { __mark?: boolean }).__mark = true;
      doc.scrollingElement!.scrollTop = 400;
      return blocks.length;
    });
  const check = () =>
    page.evaluate(() => {
      const doc =
        document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')!.contentDocument!;
      const blocks = [...doc.querySelectorAll<HTMLElement>('.pluma-block')];
      return {
        marked: (blocks[1] as HTMLElement & { __mark?: boolean }).__mark === true,
        scrollTop: doc.scrollingElement!.scrollTop,
        count: blocks.length,
      };
    });
  const before = await mark();
  // A form edit re-renders the header only: the body's nodes and the reader's place stay.
  await page.getByLabel('Caption').fill('Otra leyenda');
  await expect(frameOf(page).locator('figcaption')).toHaveText('Otra leyenda');
  expect(await check()).toEqual({ marked: true, scrollTop: 400, count: before });
  // Typing adds one block; the others are the same nodes (scroll sync then follows the cursor).
  await typeAtEnd(page, '\n\nUn párrafo nuevo al final.');
  await expect(frameOf(page).locator('body')).toContainText('Un párrafo nuevo al final.');
  const after = await check();
  expect({ marked: after.marked, count: after.count }).toEqual({ marked: true, count: before + 1 });
});

test('a key typed in a table cell changes that cell: the table and its other cells stay', async ({
  page,
}) => {
  await typeAtEnd(page, '\n\n| Año | Lugar |\n|---|---|\n| 2016 | Santiago |\n| 2017 | Lima');
  const frame = frameOf(page);
  await expect(frame.locator('td').last()).toHaveText('Lima');
  // Same-origin frame: the page can reach its DOM (the frame itself runs no script).
  await page.evaluate(() => {
    const doc =
      document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')!.contentDocument!;
    const table = [...doc.querySelectorAll('table')].at(-1)! as HTMLElement & { __mark?: 1 };
    table.__mark = 1;
    for (const td of table.querySelectorAll('td')) (td as HTMLElement & { __mark?: 1 }).__mark = 1;
  });
  await page.keyboard.type(' y Quito');
  await expect(frame.locator('td').last()).toHaveText('Lima y Quito');
  const marked = await page.evaluate(() => {
    const doc =
      document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')!.contentDocument!;
    const table = [...doc.querySelectorAll('table')].at(-1)! as HTMLElement & { __mark?: 1 };
    return {
      table: table.__mark === 1,
      cells: [...table.querySelectorAll('td')].map((td) => [
        td.textContent,
        (td as HTMLElement & { __mark?: 1 }).__mark === 1,
      ]),
    };
  });
  expect(marked).toEqual({
    table: true,
    cells: [
      ['2016', true],
      ['Santiago', true],
      ['2017', true],
      ['Lima y Quito', true],
    ],
  });
});

test('links in the preview neither navigate the app nor the frame', async ({ page, context }) => {
  await typeAtEnd(page, '\n\n[un enlace](https://example.com/destino) y [ancla](#x)');
  const link = frameOf(page).getByRole('link', { name: 'un enlace' });
  await expect(link).toBeVisible();
  await context.route('https://example.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>destino</title>' }),
  );
  const popupEvent = context.waitForEvent('page');
  await link.click();
  const popup = await popupEvent;
  await popup.waitForURL('https://example.com/destino');
  // noopener: the new tab cannot reach back into Pluma.
  expect(await popup.evaluate(() => window.opener)).toBeNull();
  await frameOf(page).getByRole('link', { name: 'ancla' }).click();
  expect(new URL(page.url()).pathname).toBe('/');
  // The frame still holds the skeleton written into it (its document took the page's URL).
  const frame = await page.getByTitle('Preview').evaluate((el) => {
    const win = (el as HTMLIFrameElement).contentWindow!;
    return { url: win.location.href, skeleton: win.document.body.dataset.plumaPreview };
  });
  expect(frame).toEqual({ url: page.url(), skeleton: '1' });
});

test('a stylesheet file applies inside the preview only, and is remembered', async ({ page }) => {
  await page.getByLabel('Stylesheet file').setInputFiles({
    name: 'blog.css',
    mimeType: 'text/css',
    buffer: Buffer.from('h1, button { color: rgb(200, 0, 0); } @import "javascript:alert(1)";'),
  });
  await expect(frameOf(page).locator('h1')).toHaveCSS('color', 'rgb(200, 0, 0)');
  await expect(page.getByRole('button', { name: 'Phone' })).not.toHaveCSS(
    'color',
    'rgb(200, 0, 0)',
  );
  const css = await page.evaluate(
    () =>
      document
        .querySelector<HTMLIFrameElement>('iframe[title="Preview"]')!
        .contentDocument!.getElementById('pluma-user-style')!.textContent,
  );
  expect(css).not.toContain('javascript');
  await page.reload();
  await expect(frameOf(page).locator('h1')).toHaveCSS('color', 'rgb(200, 0, 0)');
  // The stylesheet's controls are behind the preview toolbar's `Stylesheet`.
  await page.getByText('Stylesheet', { exact: true }).click();
  await page.getByRole('button', { name: 'Remove blog.css' }).click();
  await expect(frameOf(page).locator('h1')).not.toHaveCSS('color', 'rgb(200, 0, 0)');
});

test('a stylesheet URL is loaded as a link inside the frame', async ({ page }) => {
  const url = 'https://blog.example.org/css/main.css';
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/css', body: 'h1 { color: rgb(0, 120, 0); }' }),
  );
  await page.getByText('Stylesheet', { exact: true }).click();
  const input = page.getByLabel('Stylesheet URL');
  await input.fill(url);
  await input.press('Enter');
  await expect(frameOf(page).locator('h1')).toHaveCSS('color', 'rgb(0, 120, 0)');
});

/**
 * Records the HTML of the preview block whose text starts with `start` at every change of the
 * frame, however briefly it is shown; `blockStates` returns what was recorded.
 */
async function recordBlockStates(page: Page, start: string) {
  await page.evaluate((startsWith) => {
    const doc =
      document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')!.contentDocument!;
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      const block = [...doc.querySelectorAll('.pluma-block')].find((b) =>
        b.textContent?.startsWith(startsWith),
      );
      if (block && seen.at(-1) !== block.innerHTML) seen.push(block.innerHTML);
    }).observe(doc.body, { subtree: true, childList: true, characterData: true });
  }, start);
}

const blockStates = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);

test('every state the preview shows while typing in a paragraph is an exact render', async ({
  page,
}) => {
  await typeAtEnd(page, '\n\nUno dos tres.');
  const preview = frameOf(page);
  await expect(preview.locator('body')).toContainText('Uno dos tres.');
  await recordBlockStates(page, 'Uno');
  // Into the middle of that paragraph, key by key: emphasis, code, a link, then taken back.
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const typed = '*muy* `rápido` [con enlace](/x) y_más_ ';
  await page.keyboard.type(typed);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(preview.locator('em', { hasText: 'muy' })).toBeVisible();
  await expect(preview.locator('code', { hasText: 'rápido' })).toBeVisible();
  await expect(preview.locator('body')).toContainText('Uno muy rápido con enlace y_másdos tres.');
  const seen = await blockStates(page);
  // What a full render gives for the paragraph after each key (Backspace gives earlier texts).
  const exact = new Set(
    [...Array(typed.length + 1).keys()].map(
      (n) =>
        createIncrementalRenderer().update(`Uno ${typed.slice(0, n)}dos tres.\n`).blocks[0].html,
    ),
  );
  expect(seen.length).toBeGreaterThan(typed.length / 2);
  for (const html of seen) expect(exact).toContain(html);
});

test('a paste of plain text into a long paragraph shows it, every state an exact render', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const words = (n: number, from: number) =>
    [...Array(n).keys()].map((k) => ` palabra${from + k}`).join('');
  const paste = async (text: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('ControlOrMeta+V');
  };
  // Longer than what the fast path parses in a key's task (4,000 characters): a paste of plain
  // text is written into the paragraph's HTML as it is (core/render/paragraph-splice.ts).
  const start = `Uno${words(500, 0)} fin`;
  await typeAtEnd(page, '\n\n');
  await paste(start);
  const preview = frameOf(page);
  await expect(preview.locator('body')).toContainText('palabra499 fin');
  await recordBlockStates(page, 'Uno palabra0');
  // Two more pastes at the paragraph's end, with a word typed between.
  const first = words(250, 1000);
  const second = words(250, 2000);
  await paste(first);
  await page.keyboard.type(' y');
  await paste(second);
  await expect(preview.locator('body')).toContainText(`${first} y${second}`);
  const seen = await blockStates(page);
  const states = ['', first, `${first} `, `${first} y`, `${first} y${second}`].map(
    (typed) => createIncrementalRenderer().update(`${start}${typed}\n`).blocks[0].html,
  );
  expect(seen.at(-1)).toBe(states.at(-1));
  for (const html of seen) expect(states).toContain(html);
});

/** Returns the text of the editor's first line with text in view. */
const editorTopLine = (page: Page) =>
  page.evaluate(() => {
    const top = document.querySelector('.cm-scroller')!.getBoundingClientRect().top;
    const lines = [...document.querySelectorAll('.cm-line')].filter((l) => l.textContent);
    const first = lines.find((l) => l.getBoundingClientRect().bottom > top + 2);
    return first?.textContent ?? '';
  });

test('after a longer title, scrolling the preview brings the editor to the same paragraph', async ({
  page,
}) => {
  const paragraphs = [...Array(40).keys()].map(
    (i) => `Párrafo número ${i + 1}, con texto suficiente para que ocupe una línea entera.`,
  );
  await typeAtEnd(page, '\n\n');
  await page.keyboard.insertText(`${paragraphs.join('\n\n')}\n`);
  const preview = frameOf(page);
  await expect(preview.locator('p', { hasText: 'Párrafo número 40,' })).toHaveCount(1);
  // The body moves 300 characters down the text, its blocks unchanged.
  const title = `Un título ${'muy '.repeat(75)}largo`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await expect(preview.locator('h1')).toHaveAttribute('title', title);
  // The person scrolls the preview to paragraph 20 (a scroll of the frame, as a wheel makes),
  // not within the moment in which a scroll is taken for the echo of the editor's own.
  await page.waitForTimeout(ECHO_WINDOW_MS * 2);
  await preview.locator('p', { hasText: 'Párrafo número 20,' }).evaluate((p) => {
    const scroller = p.ownerDocument.scrollingElement!;
    scroller.scrollTop += p.getBoundingClientRect().top;
  });
  // The editor follows to that paragraph's line: the preview knows where the body now starts.
  await expect.poll(() => editorTopLine(page)).toContain('Párrafo número 20,');
});

test('a block too deep to preview says so in the UI language, and the rest still renders', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(`\n\n${'>'.repeat(40)} hondo\n\nDespués del bloque.`);
  const preview = page.frameLocator('iframe[title="Vista previa"]');
  await expect(preview.locator('.pluma-refused')).toHaveText(
    'Este bloque está anidado demasiado hondo para la vista previa. Su texto se conserva tal cual.',
  );
  await expect(preview.locator('body')).toContainText('Después del bloque.');
});
