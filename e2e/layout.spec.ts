import { test, expect, type Page } from './support/fixtures';
import { audit } from './support/axe';
import { draftsList } from './support/drafts';
import { openMenu } from './support/menu';

/** The widths the workspace is laid out for: desktop, laptop split screen, tablet, phone. */
const WIDTHS = [
  { width: 1400, height: 900, mode: 'wide' },
  { width: 1024, height: 768, mode: 'medium' },
  { width: 800, height: 1000, mode: 'medium' },
  { width: 390, height: 844, mode: 'narrow' },
] as const;

const frameHeading = (page: Page) => page.frameLocator('iframe[title="Preview"]').locator('h1');

/** Returns whether the page scrolls sideways (a horizontal scrollbar). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The primary actions: visible buttons at every width. */
const PRIMARY = ['Drafts', 'New post', 'Export', 'File', 'View', 'Settings'];

for (const { width, height, mode } of WIDTHS) {
  test.describe(`at ${width} × ${height}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?lang=en');
      await expect(page.getByRole('textbox', { name: 'Markdown' })).toBeAttached();
      await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    });

    test('nothing overflows sideways and axe finds no serious problem', async ({ page }) => {
      expect(await scrollsSideways(page)).toBe(false);
      expect(await audit(page, `${width}px`)).toEqual([]);
      if (mode === 'narrow') {
        for (const tab of ['Fields', 'Preview']) {
          await page.getByRole('tab', { name: tab }).click();
          expect(await scrollsSideways(page), tab).toBe(false);
        }
        expect(await audit(page, `${width}px preview`)).toEqual([]);
      }
    });

    test('every primary action is in view and reached by Tab', async ({ page }) => {
      for (const name of PRIMARY) {
        const button = page.getByRole('button', { name, exact: true });
        await expect(button, name).toBeInViewport();
        const box = (await button.boundingBox())!;
        // Touch targets on a phone: 44 px at least.
        if (mode === 'narrow')
          expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
      }
      // From the page's start, Tab reaches each of them in order.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: string[] = [];
      for (let i = 0; i < 20 && reached.length < PRIMARY.length; i++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
        });
        if (PRIMARY.includes(name) && !reached.includes(name)) reached.push(name);
      }
      expect(reached).toEqual(PRIMARY);
    });

    if (mode !== 'wide') {
      test('the drafts drawer covers the page, traps focus and closes with Escape, the close button or the backdrop', async ({
        page,
      }) => {
        const toggle = page.getByRole('button', { name: 'Drafts', exact: true });
        await expect(draftsList(page)).toBeHidden();
        await toggle.click();
        await expect(draftsList(page)).toBeVisible();
        const close = page.getByRole('button', { name: 'Close drafts' });
        await expect(close).toBeFocused();
        // The page behind is inert: Tab stays in the drawer.
        for (let i = 0; i < 8; i++) {
          await page.keyboard.press('Tab');
          expect(
            await page.evaluate(() => !!document.activeElement?.closest('#drafts-sidebar')),
          ).toBe(true);
        }
        await page.keyboard.press('Escape');
        await expect(draftsList(page)).toBeHidden();
        await expect(toggle).toBeFocused();

        await toggle.click();
        await close.click();
        await expect(draftsList(page)).toBeHidden();
        await expect(toggle).toBeFocused();

        await toggle.click();
        await page.mouse.click(width - 5, height / 2);
        await expect(draftsList(page)).toBeHidden();
        await expect(toggle).toBeFocused();
      });
    }

    if (mode === 'medium') {
      test('the preview is in view beside the writing side, without scrolling', async ({
        page,
      }) => {
        await expect(page.getByRole('region', { name: 'Editor' })).toBeInViewport();
        await expect(frameHeading(page)).toBeInViewport();
        const editor = (await page.getByRole('region', { name: 'Editor' }).boundingBox())!;
        const preview = (await page.getByRole('region', { name: 'Preview pane' }).boundingBox())!;
        expect(preview.x).toBeGreaterThanOrEqual(editor.x + editor.width - 1);
      });
    }

    if (mode === 'narrow') {
      test('one pane at a time under the tabs Fields, Write and Preview', async ({ page }) => {
        const tabs = page.getByRole('tablist', { name: 'Panes' });
        await expect(tabs.getByRole('tab')).toHaveText(['Fields', 'Write', 'Preview']);
        await expect(page.getByRole('region', { name: 'Editor' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'Preview pane' })).toBeHidden();
        await tabs.getByRole('tab', { name: 'Preview' }).click();
        await expect(frameHeading(page)).toBeInViewport();
        await expect(page.getByRole('region', { name: 'Editor' })).toBeHidden();
        await tabs.getByRole('tab', { name: 'Preview' }).press('Home');
        await expect(tabs.getByRole('tab', { name: 'Fields' })).toBeFocused();
        await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
      });
    }

    test('the View menu works by keyboard: arrows move, Enter chooses, Escape closes', async ({
      page,
    }) => {
      const menu = await openMenu(page, 'View');
      const dark = menu.getByRole('menuitemradio', { name: 'Dark' });
      // Arrows until Dark has the focus, as a person would: down while the focus is above it,
      // up should it pass it (the menu does not wrap). Bounded, so a menu that stops moving the
      // focus fails here instead of spinning until the test's timeout.
      const where = () =>
        dark.evaluate((el) => {
          const active = document.activeElement;
          if (el === active) return 0;
          if (!active || !el.closest('[role="menu"]')?.contains(active)) return -1;
          return el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
        });
      for (let presses = 0; presses < 20; presses++) {
        const at = await where();
        if (at === 0) break;
        await page.keyboard.press(at < 0 ? 'ArrowDown' : 'ArrowUp');
      }
      await expect(dark).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(menu).toBeHidden();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await audit(page, `${width}px dark`)).toEqual([]);
    });
  });
}

test('the first visit explains the panes, drafts and publishing, in English and Spanish', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const note = page.getByRole('region', { name: 'Welcome to Pluma' });
  await expect(note).toContainText('Preview shows the post');
  await expect(note).toContainText('Drafts');
  await expect(note).toContainText('Export downloads');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText('layout: post');
  await note.getByRole('button', { name: 'Got it' }).click();
  await expect(note).toBeHidden();
  await page.goto('/?lang=es');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Te damos la bienvenida a Pluma' })).toBeHidden();
  await page.evaluate(() => localStorage.removeItem('pluma.welcome.v1'));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Te damos la bienvenida a Pluma' })).toContainText(
    'Vista previa',
  );
});

test('the toolbars are icon buttons, each named and with a tooltip that shows on focus', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  // Keyboard use: focus rings and tooltips show on focus.
  await page.keyboard.press('Shift');
  for (const name of ['Formato', 'Opciones de la vista previa']) {
    const toolbar = page.getByRole('toolbar', { name });
    await expect(toolbar.getByRole('button').first()).toBeVisible();
    const buttons = await toolbar.getByRole('button').all();
    expect(buttons.length, name).toBeGreaterThan(4);
    for (const button of buttons) {
      const label = (await button.getAttribute('aria-label'))!;
      expect(label, 'every icon button is named').toBeTruthy();
      await button.focus();
      await expect(button).toBeFocused();
      const tip = await button.evaluate((el) => getComputedStyle(el, '::after').content);
      expect(tip, label).toContain(label);
    }
  }
  const bold = page.getByRole('button', { name: 'Negrita' });
  await bold.hover();
  expect(await bold.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(
    '"Negrita (Ctrl+B)"',
  );
});
