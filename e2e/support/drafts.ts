import { expect, type Page } from '@playwright/test';

/** Returns the drafts list (UI contract: a list named `Drafts`). */
export const draftsList = (page: Page) => page.getByRole('list', { name: 'Drafts' });

/** Shows the drafts list, opening the sidebar (its `Drafts` toggle) when it is collapsed. */
export async function showDrafts(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /Saved|Storage/ })).toBeVisible();
  if (await draftsList(page).isVisible()) return;
  await page.getByRole('button', { name: 'Drafts', exact: true }).click();
  await expect(draftsList(page)).toBeVisible();
}
