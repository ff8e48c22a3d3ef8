/**
 * The drafts session's sentences in the UI's language. The session (free of React, and tested
 * in English) keeps English sentences in its state; the view translates each known sentence it
 * finds, including several joined into one notice. Unknown text (details from the browser) is
 * shown as it is.
 */
import { en } from '../../i18n/messages-en';
import type { MessageKey } from '../../i18n/messages-en';
import { formatMessage } from '../../i18n/translate';
import type { Lang } from '../../i18n/translate';

/** The sentences the session (and storage, through it) puts in its state, by key. */
const SENTENCES = [
  'status.saving',
  'status.saved',
  'status.conflict',
  'status.quota',
  'status.failed',
  'status.unavailable',
  'session.gone',
  'session.keptInHistory',
  'session.recovered',
  'session.reload',
  'session.alsoOpen',
  'storage.unavailable',
  'storage.quota',
  'storage.conflict',
  'storage.corrupt',
  'storage.blocked',
  'storage.closed',
  'storage.migration',
] as const satisfies readonly MessageKey[];

// Longest first, so that a sentence containing another is replaced whole.
const BY_LENGTH = [...SENTENCES].sort((a, b) => en[b].length - en[a].length);

const UNREADABLE =
  /(\d+) stored drafts? could not be read\. They were kept untouched; other drafts are fine\./g;

/** Returns the English sentence `key` of the session (what its state holds). */
export function sessionSentence(key: (typeof SENTENCES)[number]): string {
  return en[key];
}

/** Returns the English sentence saying that `count` stored drafts could not be read. */
export function unreadableSentence(count: number): string {
  return formatMessage('en', 'session.unreadable', { count: String(count) });
}

/** Returns `text` (English sentences of the session) in `lang`; unknown parts stay as written. */
export function translateSessionText(text: string, lang: Lang): string {
  if (lang === 'en' || text === '') return text;
  let out = text;
  for (const key of BY_LENGTH) {
    if (out.includes(en[key])) out = out.split(en[key]).join(formatMessage(lang, key));
  }
  return out.replace(UNREADABLE, (_, count: string) =>
    formatMessage(lang, 'session.unreadable', { count: Number(count) }),
  );
}
