/**
 * English texts of the site-true preview: the site's own layouts, includes and stylesheets.
 * Part of `en` (see messages-en.ts).
 */
export const enSite = {
  'site.useLayout': "The site's own layout",
  'site.from.folder': 'from the blog folder “{name}”',
  'site.from.repository': 'from the repository “{name}”',
  'site.notices': { one: '1 note about the site', other: '{count} notes about the site' },
  'site.liquidError':
    "The site's layout could not be rendered ({file}, line {line}: {detail}). The post shows in Pluma's built-in layout.",
  'site.liquidErrorNoLine':
    "The site's layout could not be rendered ({file}: {detail}). The post shows in Pluma's built-in layout.",
  'site.bodyLiquidError':
    "The post's own Liquid could not be rendered ({file}, line {line}: {detail}). It shows as written.",
  'site.bodyLiquidErrorNoLine':
    "The post's own Liquid could not be rendered ({file}: {detail}). It shows as written.",
  'site.unknownTag':
    'The tag “{detail}” is a plugin’s that Pluma does not run: it shows nothing here.',
  'site.missingLayout': 'The layout “{detail}” is not in the site: the post shows without it.',
  'site.problem': '{file}: {detail}.',
  'site.truncated': 'The site is too large to read whole: some of its files are left out.',
  'site.embed': 'Embedded page (not loaded in the preview): {url}',
} as const;
