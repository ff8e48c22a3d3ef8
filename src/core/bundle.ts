/**
 * Zip bundles laid out as the blog's repository (`_posts/2016-06-03-slug.md`,
 * `assets/images/2016/06/foto.png`). The one module that imports `fflate`.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { uniquePaths } from './unique-paths';

/** One file of a bundle: its repository path (no leading '/') and its exact bytes. */
export interface BundleEntry {
  path: string;
  bytes: Uint8Array;
}

/** Limits on what `unzipBundle` accepts, so that a crafted archive cannot exhaust memory. */
export interface UnzipLimits {
  /** The most entries the archive may hold. */
  maxEntries: number;
  /** The most bytes one entry may unpack to. */
  maxEntryBytes: number;
  /** The most bytes all entries together may unpack to. */
  maxTotalBytes: number;
}

/** An unpacked archive, or the sentence that says why it could not be read. */
export type UnzipResult =
  { ok: true; files: Map<string, Uint8Array> } | { ok: false; reason: string };

/**
 * Returns why `path` is not a safe relative repository path ('..' or '.' segments, a leading
 * '/', a drive letter, backslashes, empty segments, control characters), or null when it is.
 */
export function unsafePathReason(path: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(path)) return 'it holds a backslash or a control character';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'it is an absolute path';
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return "it climbs out of its folder with '..'";
  if (segments.some((s) => s === '')) return 'it has an empty folder name';
  return null;
}

/**
 * Returns a zip archive holding `entries` at their paths (repeats renamed by `uniquePaths`).
 * Throws when a path is not a safe relative path.
 */
export function zipBundle(entries: readonly BundleEntry[]): Uint8Array {
  const paths = uniquePaths(entries.map((e) => e.path.replace(/^\/+/, '')));
  const files: Zippable = Object.create(null) as Zippable;
  entries.forEach((entry, i) => {
    const why = unsafePathReason(paths[i]);
    if (why) throw new Error(`Cannot put "${entries[i].path}" in a zip: ${why}.`);
    // Images are already compressed; deflating them again only costs time.
    const level = /\.(png|jpe?g|gif|webp|avif|zip)$/i.test(paths[i]) ? 0 : 6;
    files[paths[i]] = [entry.bytes, { level }];
  });
  return zipSync(files);
}

/**
 * Returns the files of zip archive `bytes` by path, checking every entry before unpacking it:
 * no unsafe path (`..`, absolute), no repeated name, no entry or total past `limits`. Never
 * throws; a damaged or crafted archive gives `ok: false` with a reason.
 */
export function unzipBundle(bytes: Uint8Array, limits: UnzipLimits): UnzipResult {
  let problem: string | null = null;
  const seen = new Set<string>();
  let total = 0;
  const refuse = (why: string) => {
    problem ??= why;
    return false;
  };
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter: (file) => {
        if (problem) return false;
        if (seen.size >= limits.maxEntries)
          return refuse(`it holds more than ${limits.maxEntries} files`);
        if (file.name.endsWith('/') && file.originalSize === 0) return false;
        const why = unsafePathReason(file.name);
        if (why) return refuse(`the entry "${file.name}" is unsafe: ${why}`);
        if (seen.has(file.name)) return refuse(`the entry "${file.name}" appears twice`);
        seen.add(file.name);
        total += file.originalSize;
        if (file.originalSize > limits.maxEntryBytes)
          return refuse(`the entry "${file.name}" is too large`);
        if (total > limits.maxTotalBytes) return refuse('it unpacks to too much data');
        // fflate inflates into a buffer of the declared size, so a lying header cannot overflow
        // it; but it would still inflate the whole stream, so deflated data much larger than
        // its declared result (a bomb that lies about its size) is refused before inflating.
        if (file.compression !== 0 && file.size > file.originalSize * 1.1 + 1024) {
          return refuse(`the entry "${file.name}" is damaged: its sizes do not match`);
        }
        return true;
      },
    });
  } catch {
    return { ok: false, reason: 'it is not a readable zip archive' };
  }
  if (problem) return { ok: false, reason: problem };
  const files = new Map<string, Uint8Array>();
  for (const name of seen) {
    if (Object.hasOwn(raw, name)) files.set(name, raw[name]);
  }
  return { ok: true, files };
}

/** A post for a repository bundle: its repository path, text and the images it refers to. */
export interface BundlePost {
  path: string;
  text: string;
  images: readonly BundleEntry[];
}

/** A repository bundle and the files that had to be renamed because their path was taken. */
export interface RepositoryBundle {
  zip: Uint8Array;
  renamed: { from: string; to: string }[];
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * Returns one zip of `posts` laid out as repository paths: each post's text as UTF-8 (byte for
 * byte, BOM included) at its path, and its images at theirs. An image shared by several posts
 * with the same bytes is stored once; any other repeated path gets a -2, -3… suffix, listed in
 * `renamed`.
 */
export function repositoryBundle(posts: readonly BundlePost[]): RepositoryBundle {
  const entries: BundleEntry[] = [];
  const images = new Map<string, Uint8Array>();
  for (const post of posts) {
    entries.push({ path: post.path, bytes: utf8(post.text) });
    for (const image of post.images) {
      const path = image.path.replace(/^\/+/, '');
      const known = images.get(path);
      if (known && sameBytes(known, image.bytes)) continue;
      if (!known) images.set(path, image.bytes);
      entries.push({ path, bytes: image.bytes });
    }
  }
  const wanted = entries.map((e) => e.path.replace(/^\/+/, ''));
  const unique = uniquePaths(wanted);
  const renamed = wanted.flatMap((from, i) =>
    from === unique[i] ? [] : [{ from, to: unique[i] }],
  );
  return { zip: zipBundle(entries.map((e, i) => ({ ...e, path: unique[i] }))), renamed };
}

/** Returns `text` as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return strToU8(text);
}

/** Returns UTF-8 `bytes` as text (invalid sequences become U+FFFD). */
export function fromUtf8(bytes: Uint8Array): string {
  return strFromU8(bytes);
}
