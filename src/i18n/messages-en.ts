/**
 * The UI's English texts: the source every other language must match key for key. `{name}`
 * marks a parameter; an object is a plural chosen by the `count` parameter (Intl.PluralRules).
 * Accessible names here are the UI contract (DESIGN.md): change them only with the e2e tests.
 */
import { enLater } from './messages-en-later';
import { enStart } from './messages-en-start';

/** The English texts, by key: the two parts the page loads (before and after the editor). */
export const en = { ...enStart, ...enLater } as const;

/** A text that depends on a count: one form per plural category (`other` always given). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every message key of the UI. */
export type MessageKey = keyof typeof en;

/** The same keys as `T`, each a plain text where English has one, a plural otherwise. */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : PluralMessage;
};

/** A complete set of texts: every key of the English ones. */
export type Messages = Translation<typeof en>;
