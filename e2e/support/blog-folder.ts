import type { Page } from './fixtures';
import { menuCommand } from './menu';

export { serveBlogFolder } from './site-folder.mjs';

/** Opens the post at `postPath` of the blog folder served by `serveBlogFolder`. */
export async function openFromBlogFolder(page: Page, postPath: string): Promise<void> {
  await menuCommand(page, 'File', 'Open blog folder');
  await page.getByRole('button', { name: postPath }).click();
}
