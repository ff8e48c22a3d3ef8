/**
 * The React side of the UI's languages: `I18nProvider`, `useLang()`, `useT()` and `useI18n()`.
 * The language lives in `lang-store.ts`, so the hooks also work outside the provider (they then
 * start from `detectLang()` all the same).
 */
import { Fragment, createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { formatDateTime, formatRelativeTime, formatSize } from './format';
import { getLang, setLang, subscribeLang } from './lang-store';
import type { MessageKey } from './messages-en';
import { formatMessage, formatNumber } from './translate';
import type { Lang, Params, TFunction } from './translate';

const LangContext = createContext<Lang | null>(null);

/**
 * Returns its children with the UI language provided, and keeps `<html lang>` in step with it.
 * Wrap the app in it once.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  // `<html lang>` follows the language in lang-store.ts, the one place that sets it.
  const lang = useSyncExternalStore(subscribeLang, getLang, getLang);
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** Returns the UI's current language ('es' or 'en'); the component re-renders when it changes. */
export function useLang(): Lang {
  const provided = useContext(LangContext);
  const current = useSyncExternalStore(subscribeLang, getLang, getLang);
  return provided ?? current;
}

/** Returns `t(key, params?)`: the message in the current language, parameters filled in. */
export function useT(): TFunction {
  const lang = useLang();
  return useMemo(
    () => (key: MessageKey, params?: Params) => formatMessage(lang, key, params),
    [lang],
  );
}

/**
 * Returns a message whose parameters may be elements (`{folder}` → `<code>`): the text around
 * them, split at each parameter, as React nodes.
 */
export function messageNodes(
  lang: Lang,
  key: MessageKey,
  params: Record<string, ReactNode>,
): ReactNode[] {
  const text = formatMessage(
    lang,
    key,
    typeof params.count === 'number' ? { count: params.count } : {},
  );
  return text.split(/\{(\w+)\}/).map((part, i) => {
    const node = i % 2 === 1 && Object.hasOwn(params, part) ? params[part] : part;
    return (
      <Fragment key={i}>{typeof node === 'number' ? formatNumber(lang, node) : node}</Fragment>
    );
  });
}

/** Returns the current language with its translator, formatters and the language switch. */
export function useI18n() {
  const lang = useLang();
  const t = useT();
  return useMemo(
    () => ({
      lang,
      t,
      setLang,
      /** The message `key` with element parameters (see `messageNodes`). */
      tx: (key: MessageKey, params: Record<string, ReactNode>) => messageNodes(lang, key, params),
      number: (n: number) => formatNumber(lang, n),
      dateTime: (when: Date | number, options?: Intl.DateTimeFormatOptions) =>
        formatDateTime(lang, when, options),
      relativeTime: (then: number, now: number) => formatRelativeTime(lang, then, now),
      size: (bytes: number) => formatSize(lang, bytes),
    }),
    [lang, t],
  );
}

export { setLang };
