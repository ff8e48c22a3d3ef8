/**
 * The bench with a site loaded: the blog's whole source opened as its folder, so that the
 * preview renders with the site's own layouts, includes and Sass while the bench types.
 */
import { JEKYLL_BLOG_DIR } from '../../fixtures/paths.mjs';
import { serveBlogFolder } from '../../e2e/support/site-folder.mjs';

const SITE_POST = '_posts/2019-04-05-declaracion-alertadores.markdown';

/** Loads the app at `baseUrl`, opens the blog's folder and one of its posts, in site mode. */
export async function openBlogSite(page, baseUrl) {
  await serveBlogFolder(page, JEKYLL_BLOG_DIR, 'blog', `${baseUrl}/?lang=en`);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Open blog folder', exact: true }).click();
  await page.getByRole('button', { name: SITE_POST }).click();
  await page.frameLocator('iframe[title="Preview"]').locator('#pluma-site h1').waitFor();
}
