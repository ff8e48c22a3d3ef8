/**
 * Key to preview while the browser clones a repository (issue 12): the clone runs in the git
 * worker, started through the Repository dialog as a person would, and the bench types into the
 * editor meanwhile. Reports the typing figures and whether the clone was still running when the
 * last key was shown (so every key was typed during it).
 */
import { GIT_TOKEN, GIT_USER, startGitServer } from '../../e2e/support/git-server.mjs';
import { benchTyping } from './typing.mjs';

/** Starts cloning `url` from the Repository dialog, then closes it (the clone goes on). */
async function startClone(page, url) {
  await openRepository(page);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Repository URL').fill(url);
  await dialog.getByLabel('Username').fill(GIT_USER);
  await dialog.getByLabel('Token').fill(GIT_TOKEN);
  await dialog.getByLabel('Author name').fill('Bench');
  await dialog.getByLabel('Author email').fill('bench@example.org');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await dialog.locator('progress').waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  // Back to the editor without moving its cursor: CodeMirror keeps its selection on focus.
  await page.getByRole('textbox', { name: 'Markdown' }).focus();
}

/** Opens the Repository dialog: a command of the header's File menu. */
async function openRepository(page) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Repository', exact: true }).click();
}

/** Returns true while the Repository dialog still shows the clone's progress. */
async function cloneRunning(page) {
  await openRepository(page);
  const running = await page.getByRole('dialog').locator('progress').isVisible();
  await page.keyboard.press('Escape');
  return running;
}

/** Returns the typing summary of `body` while `siteDir` (a generated blog) is being cloned. */
export async function benchTypingDuringClone(browser, baseUrl, options) {
  const server = await startGitServer({ siteDir: options.siteDir });
  try {
    const run = await benchTyping(browser, baseUrl, {
      ...options,
      pageRuns: 0,
      beforeTyping: (page) => startClone(page, server.url),
      afterTyping: cloneRunning,
    });
    return { ...run.summary, cloneStillRunning: run.after };
  } finally {
    await server.dispose();
  }
}
