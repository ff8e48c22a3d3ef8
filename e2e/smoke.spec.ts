import { test, expect } from '@playwright/test';

test('the built app opens on the sample post with no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));

  await page.goto('/?lang=en');
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('layout: post');
  await expect(editor).toContainText('2016-06-03 12:00:00 -0300');
  await expect(editor).toContainText('Encuentro Regional de la Alianza para el Gobierno Abierto');
  await expect(page.getByTitle('Preview')).toBeVisible();
  expect(problems).toEqual([]);
});
