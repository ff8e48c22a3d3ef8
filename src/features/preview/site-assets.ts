/**
 * The site's own files as the preview frame loads them: images and fonts as blob URLs (made
 * when first asked for, revoked with the site), stylesheets from their source — Sass compiled
 * in its own worker, loaded only when a site has Sass, and cached by content hash so the same
 * stylesheet is compiled once — with their `url()`s pointed at the site's files too.
 */
import { hashString } from '../../core/render/hash';
import type { SassReply, SassRequest } from '../../core/site/sass-protocol';
import { splitFrontMatter } from '../../core/front-matter';
import type { SiteSource } from '../../state/site-store';
import { siteUrlFor, type SiteUrls } from './frame-site';

/** The site's URLs, and the end of its blob URLs. */
export interface SiteAssets extends SiteUrls {
  dispose(): void;
}

let sassWorker: Worker | null = null;
let sassSeq = 0;
const pending = new Map<number, { resolve: (css: string) => void; reject: (e: Error) => void }>();
/** Compiled CSS by content hash (entry, source and every partial): a stylesheet compiles once. */
const compiled = new Map<string, Promise<string>>();

function compileSass(request: Omit<SassRequest, 'id'>): Promise<string> {
  if (!sassWorker) {
    sassWorker = new Worker(new URL('../../workers/sass-worker.ts', import.meta.url), {
      type: 'module',
      name: 'pluma-sass',
    });
    sassWorker.onmessage = (event: MessageEvent<SassReply>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (!waiting) return;
      if ('css' in event.data) waiting.resolve(event.data.css);
      else waiting.reject(new Error(event.data.error));
    };
    // A compiler that fails to start or dies answers nothing more: fail what waits, start anew.
    sassWorker.onerror = (event) => {
      event.preventDefault();
      for (const waiting of pending.values()) {
        waiting.reject(new Error(event.message || 'the Sass compiler stopped'));
      }
      pending.clear();
      sassWorker?.terminate();
      sassWorker = null;
    };
  }
  const id = ++sassSeq;
  const worker = sassWorker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, ...request });
  });
}

/** Returns `text` without its front matter (Jekyll's marker that a file is processed). */
function withoutFrontMatter(text: string): { processed: boolean; body: string } {
  const split = splitFrontMatter(text);
  return split.block
    ? { processed: true, body: text.slice(split.block.frontMatter.to) }
    : { processed: false, body: text };
}

const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

/** Returns the URLs of the site `source`, served from its files, with `config`'s address. */
export function createSiteAssets(
  source: SiteSource,
  config: { siteUrl: string; baseurl: string; sassDir: string },
): SiteAssets {
  const blobs = new Map<string, string>();
  const styleFiles = [...source.text].filter(([path]) => /\.(?:s[ac]ss|css)$/.test(path));
  const styleHash = hashString(styleFiles.map(([p, t]) => `${p}\n${t}`).join('\0'));

  const asset = (path: string): string | null => {
    const blob = source.assets.get(path);
    if (!blob) return null;
    let url = blobs.get(path);
    if (!url) {
      url = URL.createObjectURL(blob);
      blobs.set(path, url);
    }
    return url;
  };

  const urls: SiteAssets = {
    siteUrl: config.siteUrl,
    baseurl: config.baseurl,
    asset,
    stylesheet(path) {
      if (!path.endsWith('.css')) return null;
      const stem = path.slice(0, -'.css'.length);
      for (const candidate of [path, `${stem}.scss`, `${stem}.sass`]) {
        const text = source.text.get(candidate);
        if (text === undefined) continue;
        const { processed, body } = withoutFrontMatter(text);
        // A .scss without front matter is copied as it is by Jekyll, not compiled.
        if (candidate === path) return Promise.resolve(pointUrls(body, path));
        if (!processed) continue;
        const key = `${candidate}\n${styleHash}`;
        let css = compiled.get(key);
        if (!css) {
          css = compileSass({
            entry: candidate,
            source: body,
            files: styleFiles,
            sassDir: config.sassDir,
          });
          compiled.set(key, css);
          // A failure is not kept: the next render tries again.
          css.catch(() => compiled.delete(key));
        }
        return css.then((text) => pointUrls(text, path));
      }
      return null;
    },
    dispose() {
      for (const url of blobs.values()) URL.revokeObjectURL(url);
      blobs.clear();
    },
  };

  /** Points the `url()`s of the stylesheet served at `path` at the site's files. */
  const pointUrls = (css: string, path: string): string => {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    const relative = { ...urls, siteUrl: new URL(dir, config.siteUrl).href };
    return css.replace(CSS_URL, (all, _quote: string, url: string) => {
      if (/^data:/i.test(url.trim())) return all;
      const next = siteUrlFor(url, relative);
      return next ? `url("${next.replace(/"/g, '%22')}")` : 'url("")';
    });
  };

  return urls;
}
