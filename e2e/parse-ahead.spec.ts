import { test, expect, type Page } from './support/fixtures';
import { showDrafts } from './support/drafts';

// CodeMirror parses a document in the background only up to 100,000 characters past what is in
// view; Pluma parses the rest of a long post while the page is idle (parse-ahead.ts), so that a
// jump to its end finds it parsed: highlighted in the very frame that shows it.

const editor = (page: Page) => page.getByRole('textbox', { name: 'Markdown' });

/** A post of about 300,000 characters whose last line is a heading. */
function longPost(): string {
  const paragraph =
    'El *archivo* de la revista guarda **crónicas** de cada barrio, con [enlaces](https://example.org/) y notas.';
  const body = Array.from({ length: 2_800 }, (_, i) => `${paragraph} ${i}`).join('\n\n');
  return `---\ntitle: "Un archivo largo"\n---\n\n${body}\n\n## Final del archivo\n`;
}

test('a jump to the end of a long post shows its last heading highlighted at once', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await showDrafts(page);
  await page.getByLabel('Import').setInputFiles({
    name: 'archivo-largo.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(longPost()),
  });
  await expect(editor(page)).toContainText('Un archivo largo');
  // The parse ahead runs in idle periods: about 300 ms of work here, given ample time.
  await page.waitForTimeout(4_000);
  // Records, when the last heading's line first appears, whether it has highlighting marks.
  await editor(page).evaluate((content) => {
    const seen = new MutationObserver(() => {
      const line = [...content.querySelectorAll('.cm-line')].find(
        (l) => l.textContent === '## Final del archivo',
      );
      if (!line) return;
      seen.disconnect();
      content.dataset.firstShown = line.querySelector('span') ? 'highlighted' : 'plain';
    });
    seen.observe(content, { childList: true, subtree: true, characterData: true });
  });
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await expect(editor(page)).toHaveAttribute('data-first-shown', 'highlighted');
});
