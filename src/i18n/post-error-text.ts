/**
 * A front-matter problem in the UI's language: the core keeps the YAML parser's English and a
 * code (`PostError.code`); the sentence a writer reads comes from the message files, with a
 * plain fallback for codes that have no sentence of their own.
 */
import type { PostError } from '../core/post';
import { isMessageKey } from './translate';
import type { TFunction } from './translate';

/** Returns the sentence for `error` in the language of `t` (the key or language it names filled in). */
export function postErrorText(t: TFunction, error: Pick<PostError, 'code' | 'detail'>): string {
  const key = `yaml.${error.code}`;
  return t(isMessageKey(key) ? key : 'yaml.unknown', { detail: error.detail ?? '' });
}
