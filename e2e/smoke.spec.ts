import { test, expect } from './support/fixtures';
import { stubExternalNetwork } from './support/offline-network';

// The built app as it runs for a person: its service worker registers (the other specs block
// it, playwright.config.ts), and that must not log a problem either.
test.use({ serviceWorkers: 'allow' });

test('the built app opens on the sample post with no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (msg) => {
    // The CSP guard's init script also tries to run in the sandboxed preview frame, which refuses.
    if (msg.text().startsWith("Blocked script execution in 'about:srcdoc'")) return;
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));

  const external = await stubExternalNetwork(page);
  await page.goto('/?lang=en');
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('layout: post');
  await expect(editor).toContainText('2016-06-03 12:00:00 -0300');
  await expect(editor).toContainText('Encuentro Regional de la Alianza para el Gobierno Abierto');
  await expect(page.getByTitle('Preview')).toBeVisible();
  // The sample's header image is protocol-relative: the preview asks for it over https.
  await expect
    .poll(() => external)
    .toContainEqual(expect.stringMatching(/^https:\/\/68\.media\.tumblr\.com\//));
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(problems).toEqual([]);
});
