/**
 * URL escaping as Jekyll's Ruby does it: Addressable::URI.encode (permalinks),
 * Addressable::URI#normalize (relative_url, absolute_url), Addressable's normalize_component
 * (uri_escape) and CGI.escape (cgi_escape, url_encode). Each keeps a different set of
 * characters; the sets below are Addressable's and CGI's own.
 */

const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Returns `text` with every character outside `keep` (a regex class body) percent-encoded. */
function encodeOutside(text: string, keep: string, keepEscapes: boolean): string {
  const pattern = new RegExp(`${keepEscapes ? '%[0-9A-Fa-f]{2}|' : ''}[${keep}]+|[^${keep}]`, 'gu');
  return text.replace(pattern, (chunk) => {
    if (keepEscapes && /^%[0-9A-Fa-f]{2}$/.test(chunk)) return chunk.toUpperCase();
    if (new RegExp(`^[${keep}]`).test(chunk)) return chunk;
    return Array.from(new TextEncoder().encode(chunk), hex).join('');
  });
}

/** Returns a permalink placeholder's value escaped as Jekyll's URL.escape_path does. */
export function escapePath(path: string): string {
  if (path === '' || /^[a-zA-Z0-9./-]+$/.test(path)) return path;
  return encodeOutside(path, `${UNRESERVED}${SUB_DELIMS}:@/?#`, false).replace('#', '%23');
}

/** Returns `text` as Addressable's normalize_component prints it (Jekyll's uri_escape). */
export function uriEscape(text: string): string {
  return encodeOutside(text, `${UNRESERVED}${SUB_DELIMS}:@/?#\\[\\]`, true);
}

/** Returns `text` as Ruby's CGI.escape prints it (Jekyll's cgi_escape, Liquid's url_encode). */
export function cgiEscape(text: string): string {
  return encodeOutside(text, 'A-Za-z0-9_.\\-~ ', false).replace(/ /g, '+');
}

/** Removes `.` and `..` segments from a URL path (RFC 3986 §5.2.4). */
function removeDotSegments(path: string): string {
  const out: string[] = [];
  const segments = path.split('/');
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '..') {
      if (out.length > 1) out.pop();
      if (last) out.push('');
    } else if (segment === '.') {
      if (last) out.push('');
    } else out.push(segment);
  });
  return out.join('/');
}

/** Returns a %XX escape decoded when it names an unreserved character, as Addressable does. */
function decodeUnreserved(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (all, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return new RegExp(`^[${UNRESERVED}]$`).test(char) ? char : all.toUpperCase();
  });
}

/** Returns true when the URL has a scheme (`https:`, `mailto:`), as Addressable's absolute?. */
export function isAbsoluteUrl(url: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(url);
}

/**
 * Returns a URL normalized as Addressable::URI#normalize does for the URLs Jekyll's url filters
 * build: scheme and host in lower case, default port dropped, dot segments removed, unsafe
 * characters percent-encoded and escapes of unreserved characters decoded.
 */
export function normalizeUrl(url: string): string {
  const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
  if (!m) return url;
  const [, scheme, authority, path, query, fragment] = m;
  const pchar = `${UNRESERVED}${SUB_DELIMS}:@`;
  let out = '';
  if (scheme !== undefined) out += `${scheme.toLowerCase()}:`;
  if (authority !== undefined) {
    let host = authority.toLowerCase();
    if (
      (scheme === 'http' && host.endsWith(':80')) ||
      (scheme === 'https' && host.endsWith(':443'))
    ) {
      host = host.replace(/:\d+$/, '');
    }
    out += `//${host}`;
  }
  let normalPath = removeDotSegments(decodeUnreserved(encodeOutside(path, `${pchar}/`, true)));
  if (normalPath === '' && authority !== undefined && (scheme === 'http' || scheme === 'https')) {
    normalPath = '/';
  }
  out += normalPath;
  if (query !== undefined) out += decodeUnreserved(encodeOutside(query, `${pchar}/?`, true));
  if (fragment !== undefined) out += decodeUnreserved(encodeOutside(fragment, `${pchar}/?#`, true));
  return out;
}
