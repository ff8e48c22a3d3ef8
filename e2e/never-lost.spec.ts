/**
 * Nothing typed is lost: not to a reload, a closed tab or a killed browser, however steadily the
 * person types. Each test types the way a writer does (key by key, never pausing long enough for
 * the pause-based autosave) and then leaves the page at once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { expect, test, type Page } from './support/fixtures';
import config from '../playwright.config';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });
const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Sav/ });

/** Opens the app on a new post, stored, with the cursor at the end of its text. */
async function openNewPost(page: Page): Promise<void> {
  await page.goto('/?lang=en');
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
  await expect(saveStatus(page)).toHaveText('Saved');
  await editor(page).click();
  await page.keyboard.press('Control+End');
}

/** Types `text` key by key, `delay` ms apart; returns when each key was sent (ms since epoch). */
async function typeSteadily(
  page: Page,
  text: string,
  delay: number,
  sentAt: number[] = [],
): Promise<number[]> {
  for (const ch of text) {
    await page.keyboard.type(ch);
    sentAt.push(Date.now());
    await page.waitForTimeout(delay);
  }
  return sentAt;
}

test('five seconds of typing without a pause, then a reload at once: every character is there', async ({
  page,
}) => {
  await openNewPost(page);
  const sentence = 'Cinco segundos de escritura sin pausa.';
  await typeSteadily(page, sentence, 130);
  await page.reload();
  await expect(editor(page)).toContainText(sentence);
  await expect(saveStatus(page)).toHaveText('Saved');
  // The recovered text is stored, not only shown: it survives a second reload too.
  await page.reload();
  await expect(editor(page)).toContainText(sentence);
});

test('one word, then a reload 150 ms later: the word is there', async ({ page }) => {
  await openNewPost(page);
  await page.keyboard.type('palabra');
  await page.waitForTimeout(150);
  await page.reload();
  await expect(editor(page)).toContainText('palabra');
});

test('text typed right before the tab is closed is there when Pluma is opened again', async ({
  context,
}) => {
  const page = await context.newPage();
  await openNewPost(page);
  await typeSteadily(page, 'Cerré la pestaña sin esperar.', 60);
  await page.close();
  const again = await context.newPage();
  await again.goto('/?lang=en');
  await expect(editor(again)).toContainText('Cerré la pestaña sin esperar.');
});

test('Ctrl+S saves at once, says Saved, and never opens the browser’s own save', async ({
  page,
}) => {
  await openNewPost(page);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.evaluate(() => {
    const w = window as unknown as { ctrlS: boolean[] };
    w.ctrlS = [];
    window.addEventListener('keydown', (e) => {
      if (e.key === 's' && (e.ctrlKey || e.metaKey)) w.ctrlS.push(e.defaultPrevented);
    });
  });
  await page.keyboard.type('Guardado a mano.');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText('Saved');
  expect(await page.evaluate(() => (window as unknown as { ctrlS: boolean[] }).ctrlS)).toEqual([
    true,
  ]);
  await page.reload();
  await expect(editor(page)).toContainText('Guardado a mano.');
  expect(downloads).toEqual([]);
});

test('when the text cannot be kept anywhere before leaving, the browser asks first', async ({
  page,
}) => {
  await openNewPost(page);
  // A full or disabled localStorage: the journal cannot be written.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.keyboard.type('sin sitio');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  await expect(saveStatus(page)).toHaveText('Saved');
});

/** Returns the pid of the browser process of the Chromium profile in `profile`. */
function browserPid(profile: string): number {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const line = out
    .split('\n')
    .find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
  if (!line) throw new Error(`no browser process for ${profile}`);
  return Number(line.trim().split(/\s+/)[0]);
}

test('kill -9 of the browser during continuous typing loses at most the last second', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'pluma-kill-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
      baseURL: config.use?.baseURL,
    });
  let first: BrowserContext | null = null;
  try {
    first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await openNewPost(page);
    const sentence = 'Escribo hasta que el navegador muere de golpe, sin aviso.';
    const pid = browserPid(profile);
    const sentAt: number[] = [];
    const typing = typeSteadily(page, sentence, 120, sentAt).catch(() => null);
    // Kill once 35 keys are typed, however slow the machine: the last second's keys may go.
    while (sentAt.length < 35) await new Promise((resolve) => setTimeout(resolve, 50));
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    await typing;
    await first.close().catch(() => undefined);
    first = null;
    // Keys sent up to one second before the kill must have been kept.
    const mustKeep = sentence.slice(0, sentAt.filter((t) => t <= killedAt - 1_000).length);
    expect(mustKeep.length).toBeGreaterThan(20);

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/?lang=en');
    await expect(editor(again)).toContainText(mustKeep);
    await second.close();
  } finally {
    await first?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});
