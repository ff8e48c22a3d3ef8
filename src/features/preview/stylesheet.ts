/**
 * The blog's own stylesheet, loaded into the preview frame only. CSS cannot run script in
 * current Chromium, but old tricks (`@import` of javascript: URLs, `expression()`, XBL bindings)
 * are stripped anyway so that nothing resembling them reaches the frame.
 */
import type { StylesheetSetting } from '../../storage';
import { isHttpUrl } from './safe-url';

/** Where the preview's extra stylesheet comes from: nowhere, or the stored setting. */
export type StylesheetSource = { kind: 'none' } | StylesheetSetting;

const UNSAFE_SCHEME = /(?:javascript|vbscript|data\s*:\s*text\/html)/i;

/** Returns `css` with CSS escapes of ASCII letters decoded, so that `\6a avascript` is caught. */
function decodeLetterEscapes(css: string): string {
  return css.replace(
    /\\0{0,4}(4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])(?![0-9a-f])\s?/gi,
    (_, hex: string) => String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * Returns `css` without `@import` rules and `url()` values that name a javascript:, vbscript: or
 * data:text/html URL, and without `expression(` / `-moz-binding` / `behavior:`. Comments are
 * dropped first so that they cannot split a keyword.
 */
export function cleanStylesheet(css: string): string {
  let out = decodeLetterEscapes(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  out = out.replace(/@import\b[^;]*;?/gi, (rule) => (UNSAFE_SCHEME.test(rule) ? '' : rule));
  // Up to the end of the declaration: the URL itself may hold parentheses.
  out = out.replace(
    /url\(\s*['"]?\s*(?:javascript|vbscript|data\s*:\s*text\/html)[^;}]*/gi,
    'none',
  );
  return out.replace(/expression\s*\(|-moz-binding\s*:|behavior\s*:/gi, '/* removed */(');
}

/** Returns whether `url` may be loaded as the preview's stylesheet (absolute http(s) only). */
export function isStylesheetUrl(url: string): boolean {
  return isHttpUrl(url.trim());
}
