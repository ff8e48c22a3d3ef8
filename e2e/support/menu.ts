import { expect, type Locator, type Page } from '@playwright/test';

/** A header menu: `File` (files, backups, History, Repository) or `View` (focus, theme…). */
export type MenuName = 'File' | 'View';

/** Opens a header menu from its button and returns the open menu (role `menu`). */
export async function openMenu(page: Page, name: MenuName): Promise<Locator> {
  await page.getByRole('button', { name, exact: true }).click();
  const menu = page.getByRole('menu', { name });
  await expect(menu).toBeVisible();
  return menu;
}

/**
 * Runs a command of a header menu the way a person does: opens the menu, then clicks the item
 * named `item` (a command keeps its accessible name when it moves into a menu).
 */
export async function menuCommand(page: Page, name: MenuName, item: string): Promise<void> {
  const menu = await openMenu(page, name);
  await menu.getByRole('menuitem', { name: item, exact: true }).click();
  await expect(menu).toBeHidden();
}
