/**
 * The UI's Spanish texts (Latin-American, as the blog writes). The types make every English key
 * required here; a test checks that no key is left over either.
 */
import type { Messages } from './messages-en';
import { esLater } from './messages-es-later';
import { esStart } from './messages-es-start';

/** The Spanish texts, by key: the two parts the page loads (before and after the editor). */
export const es: Messages = { ...esStart, ...esLater };
