/**
 * The page's current language, outside React: read by `useLang()` and by code that builds
 * sentences without React (the preview frame, editor extensions). Changing it re-renders every
 * component that translates.
 */
import { detectLang, storedLang } from './detect-lang';
import { formatMessage, hasMessages, loadMessages } from './translate';
import type { Lang, Params } from './translate';
import type { MessageKey } from './messages-en';

let current: Lang | null = null;
/** The language last asked for by `setLang`. */
let wanted: Lang | null = null;
const listeners = new Set<() => void>();

/** Sets the page's `<html lang>`, so screen readers and spell check follow the UI (DOM). */
function applyDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Returns the current language, detecting it (and setting `<html lang>`) on first use. */
export function getLang(): Lang {
  if (current === null) {
    current = detectLang();
    applyDocumentLang(current);
  }
  return current;
}

/**
 * Switches the UI to `lang` and remembers the choice for the next visits (localStorage
 * `pluma.lang`; a `?lang=` in the URL still wins then). Mutates the page's language.
 */
export function setLang(lang: Lang): void {
  // Not remembering is harmless: the switch still applies to this page.
  storedLang.write(lang);
  wanted = lang;
  if (lang === current) return;
  // The language's messages load with the first switch to it; the last choice wins.
  if (!hasMessages(lang)) {
    void loadMessages(lang).then(() => {
      if (wanted === lang) setLang(lang);
    });
    return;
  }
  current = lang;
  applyDocumentLang(lang);
  for (const listener of listeners) listener();
}

/** Calls `listener` after every change of language; returns the unsubscribe function. */
export function subscribeLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Returns message `key` in the current language (for code outside React components). */
export function translate(key: MessageKey, params?: Params): string {
  return formatMessage(getLang(), key, params);
}
