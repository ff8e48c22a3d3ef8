/**
 * The blog's own site files, when Pluma has them: from the opened blog folder or the connected
 * repository. The preview renders with the site's layouts while a site is here, and with its
 * built-in layout otherwise. One store for the page: the folder and repository features put a
 * site in, the preview reads it (features do not import each other).
 */
import { useSyncExternalStore } from 'react';

/** A site's files as read from where it lives. */
export interface SiteSource {
  /** Where it came from, shown to the person ("Blog folder: blog", "Repository: …"). */
  origin: 'folder' | 'repository';
  name: string;
  /** Templates, config, data, posts and stylesheets, by path relative to the site root. */
  text: ReadonlyMap<string, string>;
  /** Images and fonts the pages load, by path. */
  assets: ReadonlyMap<string, Blob>;
  /** Set when the site was too large to read whole (the preview says so). */
  truncated: boolean;
}

type Listener = () => void;

let current: SiteSource | null = null;
const listeners = new Set<Listener>();

export const siteStore = {
  get: (): SiteSource | null => current,
  /** Puts `site` in (null: none); a site from elsewhere replaces it. */
  set(site: SiteSource | null): void {
    if (site === current) return;
    current = site;
    for (const listener of [...listeners]) listener();
  },
  /** Forgets the site only if it came from `origin` (a closed repository leaves a folder). */
  clear(origin: SiteSource['origin']): void {
    if (current?.origin === origin) siteStore.set(null);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Returns the current site, re-rendering when it changes. */
export function useSite(): SiteSource | null {
  return useSyncExternalStore(siteStore.subscribe, siteStore.get);
}
