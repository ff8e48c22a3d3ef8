import { test, expect } from './support/fixtures';

// The other specs block service workers (playwright.config.ts); this one is about the one the
// app installs.
test.use({ serviceWorkers: 'allow' });

test('after a first visit the app opens offline, on the last draft', async ({ page, context }) => {
  await page.goto('/?lang=en');
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await expect(editor).toContainText('layout: post');
  // The service worker has precached the app once it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  await editor.locator('.cm-line', { hasText: /^\*Por: Manuel Barros/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Escrito en el tren.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(editor).toContainText('Escrito en el tren.');
  await expect(page.getByTitle('Preview')).toBeVisible();
  await expect(page.frameLocator('iframe[title="Preview"]').locator('body')).toContainText(
    'Escrito en el tren.',
  );
  await context.setOffline(false);
});

test('the app can be installed: it has a web app manifest with icons', async ({
  page,
  request,
}) => {
  await page.goto('/?lang=en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toContain('Pluma');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
  }
});
