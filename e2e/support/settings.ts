import { expect, type Locator, type Page } from '@playwright/test';

/** Opens Settings from its header button; returns its dialog once it shows. */
export async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}
