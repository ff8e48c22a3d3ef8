/**
 * Which files of a blog's folder or repository the site-true preview reads: the templates,
 * config, data, posts and stylesheets as text, and the images and fonts the pages load. Build
 * output, dependencies and version-control folders are never read, and a site too large for
 * the browser is cut off with a reason rather than read whole.
 */

/** Folders that are never part of the site's source. */
const SKIPPED_DIR =
  /^(?:_site|\.git|\.github|node_modules|vendor|\.jekyll-cache|\.sass-cache|\.bundle|\.cache)$/;

const TEXT_EXT =
  /\.(?:html?|md|markdown|mkdn|mkd|mdown|mkdown|ya?ml|json|scss|sass|css|xml|txt|liquid|csv)$/i;
const ASSET_EXT = /\.(?:png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|otf|eot)$/i;

/** A text file larger than this is not a template (2 MB). */
export const MAX_TEXT_BYTES = 2_000_000;
/** An image or font larger than this is left to the live site (5 MB). */
export const MAX_ASSET_BYTES = 5_000_000;
/** What the preview holds of one site at most (100 MB) and how many files (20,000). */
export const MAX_SITE_BYTES = 100_000_000;
export const MAX_SITE_FILES = 20_000;

/** How the preview reads a file: as text, as an asset (bytes), or not at all. */
export type SiteFileKind = 'text' | 'asset' | null;

/** Returns whether a folder at `path` (relative to the site root) is worth walking into. */
export function isSiteFolder(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return !SKIPPED_DIR.test(name);
}

/** Returns how the preview reads the file at `path` of `size` bytes. */
export function siteFileKind(path: string, size: number): SiteFileKind {
  if (
    path
      .split('/')
      .slice(0, -1)
      .some((dir) => !isSiteFolder(dir))
  )
    return null;
  if (TEXT_EXT.test(path)) return size <= MAX_TEXT_BYTES ? 'text' : null;
  if (ASSET_EXT.test(path)) return size <= MAX_ASSET_BYTES ? 'asset' : null;
  return null;
}

/** Counts what is read and says when a site is too large to read whole. */
export class SiteBudget {
  private bytes = 0;
  private files = 0;

  /** Takes a file of `size` bytes; false when the site is over its limits (stop reading). */
  take(size: number): boolean {
    this.bytes += size;
    this.files += 1;
    return this.bytes <= MAX_SITE_BYTES && this.files <= MAX_SITE_FILES;
  }
}

const ASSET_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  eot: 'application/vnd.ms-fontobject',
};

/** Returns the media type of an asset by its extension (SVG only shows with its own). */
export function assetType(path: string): string {
  return ASSET_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? '';
}
