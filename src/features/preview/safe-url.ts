/**
 * URL checks for what the preview puts into its frame from front matter or settings. Only
 * http(s), protocol-relative and relative URLs pass; anything with another scheme
 * (javascript:, data:, vbscript:, file:…) is refused, however it is disguised.
 */

// Browsers drop these anywhere in a URL before reading its scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Returns the Liquid site variables that commonly prefix URLs, stripped (`{{ site.baseurl }}`). */
function stripSiteLiquid(url: string): string {
  return url.replace(/\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}/g, '');
}

/**
 * Returns `raw` as a URL safe to load in the preview — absolute http(s); protocol-relative with
 * `https:` (as the body renderer does); relative resolved against `siteUrl` when that is an
 * http(s) URL — or null when it is not a string, is empty, or names another scheme.
 */
export function safeUrl(raw: unknown, siteUrl = ''): string | null {
  if (typeof raw !== 'string') return null;
  const written = stripSiteLiquid(raw.trim());
  const compact = written.replace(IGNORED_IN_URL, '');
  if (!compact) return null;
  // Entity- or percent-encoded schemes ("java&#x09;script:") only decode in HTML; refuse them.
  const colon = compact.indexOf(':');
  if (colon > 0 && /[&%]/.test(compact.slice(0, colon))) return null;
  if (/&(?:#|colon|tab|newline)/i.test(compact.split(/[/?]/)[0])) return null;
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return null;
  if (scheme === undefined && compact.startsWith('\\')) return null;
  if (scheme === undefined && written.startsWith('//')) return `https:${written}`;
  const base = isHttpUrl(siteUrl) ? siteUrl : null;
  if (scheme === undefined && base) {
    try {
      const resolved = new URL(written, base);
      return /^https?:$/.test(resolved.protocol) ? resolved.href : null;
    } catch {
      return null;
    }
  }
  return written;
}

/** Returns whether `text` is an absolute http(s) URL that parses. */
export function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}
