/**
 * Turning a message key into text: the language's message, its plural form chosen by the
 * `count` parameter, and `{name}` parameters filled in (numbers formatted for the language).
 * Pure: no DOM, so it runs in Node tests as in the page.
 */
import type { MessageKey, Messages, PluralMessage } from './messages-en';

/** A language of the UI. */
export type Lang = 'es' | 'en';

/** The UI's languages, in the order the switcher lists them. */
export const LANGS: readonly Lang[] = ['es', 'en'];

/** Values for a message's `{name}` parameters; `count` also picks the plural form. */
export type Params = Record<string, string | number>;

/** A message to show later in whatever language the UI then has: its key and parameters. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

/** Returns the message `key` with `params`, to be formatted by the view. */
export function message(key: MessageKey, params?: Params): Message {
  return params ? { key, params } : { key };
}

/** Returns the sentence a person reads for an error of the storage layer (by its reason). */
export function storageMessage(error: { reason: string }): Message {
  const key = `storage.${error.reason}`;
  return message(isMessageKey(key) ? key : 'storage.unavailable');
}

/**
 * Returns what went wrong in `error` as a sentence in `lang`: a storage error's sentence by its
 * reason, else the error's own message (browser and parser errors carry their own words).
 */
export function errorText(lang: Lang, error: unknown): string {
  if (error instanceof Error && error.name === 'StorageError' && 'reason' in error) {
    const { key } = storageMessage(error as Error & { reason: string });
    return formatMessage(lang, key);
  }
  return error instanceof Error ? error.message : String(error);
}

/** Returns `messages` in `lang`, one sentence after the other. */
export function formatMessages(lang: Lang, messages: readonly Message[]): string {
  return messages.map((m) => formatMessage(lang, m.key, m.params)).join(' ');
}

/** Returns a message's text in the current language (what `useT()` gives). */
export type TFunction = (key: MessageKey, params?: Params) => string;

/**
 * The messages of each language loaded so far. Each comes in two parts: what the page shows
 * before the editor does (`start`), which loads before the page renders (`loadStartMessages`),
 * and the rest (`later`), which main.tsx loads once the editor holds the post and which what
 * shows after the editor waits for (state/after-editor.ts `holdAfterEditor`). Another language
 * loads whole on the first switch to it (lang-store.ts).
 */
type Part = 'start' | 'later';
const catalogs: Partial<Record<Lang, Partial<Messages>>> = {};
const loaded: Partial<Record<Lang, Partial<Record<Part, Promise<void>>>>> = {};
const complete = new Set<Lang>();
const loaders: Record<Lang, Record<Part, () => Promise<Partial<Messages>>>> = {
  en: {
    start: () => import('./messages-en-start').then((m) => m.enStart),
    later: () => import('./messages-en-later').then((m) => m.enLater),
  },
  es: {
    start: () => import('./messages-es-start').then((m) => m.esStart),
    later: () => import('./messages-es-later').then((m) => m.esLater),
  },
};

/** Loads part `part` of the messages of `lang`, once; resolves when it is there. */
function loadPart(lang: Lang, part: Part): Promise<void> {
  const parts = (loaded[lang] ??= {});
  return (parts[part] ??= loaders[lang][part]().then(
    (messages) => void (catalogs[lang] = { ...catalogs[lang], ...messages }),
    (error: unknown) => {
      // A later call tries again.
      delete parts[part];
      throw error;
    },
  ));
}

/** Loads what the page shows of `lang` before the editor does, once. */
export function loadStartMessages(lang: Lang): Promise<void> {
  return loadPart(lang, 'start');
}

/** Loads all the messages of `lang`, once; resolves when they are there. */
export async function loadMessages(lang: Lang): Promise<void> {
  await Promise.all([loadPart(lang, 'start'), loadPart(lang, 'later')]);
  complete.add(lang);
}

/** Returns whether all the messages of `lang` are loaded. */
export function hasMessages(lang: Lang): boolean {
  return complete.has(lang);
}

/** Adds the messages of `lang` at once (Node tests, which load every language up front). */
export function addMessages(lang: Lang, messages: Messages): void {
  catalogs[lang] = messages;
  complete.add(lang);
}

/** Returns the messages of `lang`, else those of any loaded language (they match key for key). */
function catalogOf(lang: Lang): Partial<Messages> | undefined {
  return catalogs[lang] ?? catalogs.en ?? catalogs.es;
}
/** An Intl object: plural rules, or a number, date or relative-time format. */
type IntlObject =
  Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat;

/**
 * The Intl objects made so far, by `key` (kind, language, options). Making one costs about
 * 0.2 ms and using it 1 µs: lists format each of their rows at each render.
 */
const intlObjects = new Map<string, IntlObject>();

/** Returns the Intl object `make` makes for `key`, made once. */
export function intlOnce<T extends IntlObject>(key: string, make: () => T): T {
  let made = intlObjects.get(key) as T | undefined;
  if (!made) intlObjects.set(key, (made = make()));
  return made;
}

/**
 * Returns whether `n` is a whole number from 0 to 999: in English and Spanish such a number is
 * written as its digits and is 'one' only when it is 1, so it needs no Intl object (the first
 * one the page makes costs tens of milliseconds, which the start-up need not pay).
 */
const isSmall = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0);

/** Returns the cached plural rules of `lang`. */
const rulesOf = (lang: Lang) => intlOnce(`plural\t${lang}`, () => new Intl.PluralRules(lang));

/** Returns `n` written for `lang` ('1,234' in English, '12.345' in Spanish). */
export function formatNumber(lang: Lang, n: number): string {
  if (isSmall(n)) return String(n);
  return intlOnce(`number\t${lang}`, () => new Intl.NumberFormat(lang)).format(n);
}

/** Returns whether `key` names a message (for keys built at run time). */
export function isMessageKey(key: string): key is MessageKey {
  const catalog = catalogOf('en');
  return catalog !== undefined && Object.hasOwn(catalog, key);
}

/** Returns the form of `message` for `count` in `lang` ('other' when the form is missing). */
export function pluralForm(lang: Lang, message: PluralMessage, count: number): string {
  const form = isSmall(count) ? (count === 1 ? 'one' : 'other') : rulesOf(lang).select(count);
  return message[form] ?? message.other;
}

/** Returns `text` with each `{name}` replaced by its parameter; unknown names stay as written. */
export function interpolate(lang: Lang, text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** Returns the message `key` in `lang`, plural form picked by `params.count`, parameters filled. */
export function formatMessage(lang: Lang, key: MessageKey, params?: Params): string {
  const message = catalogOf(lang)?.[key] ?? catalogs.en?.[key];
  // Before any messages have loaded (nothing shows then), the key stands in.
  if (message === undefined) return key;
  const text =
    typeof message === 'string' ? message : pluralForm(lang, message, Number(params?.count ?? 0));
  return interpolate(lang, text, params);
}
