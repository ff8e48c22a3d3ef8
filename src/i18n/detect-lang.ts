/** Which language the UI starts in: the URL, then the person's stored choice, then the browser. */
import { localValue } from '../storage';
import type { Lang } from './translate';

/** Where the person's choice of language is kept (localStorage). */
export const LANG_STORAGE_KEY = 'pluma.lang';

/** The person's choice of language on this device (plain text, `es` or `en`), or null. */
export const storedLang = localValue<Lang | null>(
  LANG_STORAGE_KEY,
  parseLang,
  (lang) => lang ?? '',
);

/** What `detectLang` reads; each part may be missing (Node, storage refused). */
export interface LangSources {
  /** The page URL's query string, e.g. '?lang=en'. */
  search?: string;
  /** The stored choice (localStorage `pluma.lang`), or null. */
  stored?: string | null;
  /** The browser's preferred languages, most wanted first. */
  languages?: readonly string[];
}

/** Returns the UI language a tag names ('es', 'es-CL' → 'es'; 'en-GB' → 'en'), or null. */
export function parseLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'en' ? primary : null;
}

/**
 * Returns the language to show: `?lang=en|es` forces it (and is not stored, so a test link
 * always gets its language); else the stored choice; else the first Spanish or English entry of
 * the browser's languages; else English.
 */
export function detectLang(sources: LangSources = browserLangSources()): Lang {
  const forced = parseLang(new URLSearchParams(sources.search ?? '').get('lang'));
  if (forced) return forced;
  const stored = parseLang(sources.stored);
  if (stored) return stored;
  for (const tag of sources.languages ?? []) {
    const lang = parseLang(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** Returns the URL, stored choice and languages of this browser (empty parts outside one). */
export function browserLangSources(): LangSources {
  const sources: LangSources = {};
  if (typeof location !== 'undefined') sources.search = location.search;
  // Where storage is refused (private mode) this is null, and the browser's languages decide.
  sources.stored = storedLang.read();
  if (typeof navigator !== 'undefined') {
    sources.languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  }
  return sources;
}
