/** Options of the Markdown preview renderer. */
export interface RenderOptions {
  /** Base URL that relative and protocol-relative links and images resolve against. */
  siteUrl?: string;
  /**
   * Sanitize the HTML (default true). `false` is only for conformance tests: raw HTML is then
   * printed as written, as CommonMark specifies, instead of parsed as HTML5 and filtered.
   */
  sanitize?: boolean;
  /** Apply the Jekyll/kramdown plugins (default true). `false` gives plain GFM. */
  jekyll?: boolean;
  /** Wrap each top-level block in `<div data-block …>` (default true). */
  wrapBlocks?: boolean;
}

/** Options with every default filled in. */
export interface ResolvedRenderOptions {
  siteUrl: string;
  sanitize: boolean;
  jekyll: boolean;
  wrapBlocks: boolean;
}

/** The site the blog is published at; previews resolve relative URLs against it. */
export const DEFAULT_SITE_URL = 'https://ciudadanointeligente.org/';

/** Returns the options with defaults applied (siteUrl always ends with a slash). */
export function resolveOptions(options: RenderOptions = {}): ResolvedRenderOptions {
  const siteUrl = options.siteUrl?.trim() || DEFAULT_SITE_URL;
  return {
    siteUrl: siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`,
    sanitize: options.sanitize ?? true,
    jekyll: options.jekyll ?? true,
    wrapBlocks: options.wrapBlocks ?? true,
  };
}
