/**
 * The built-in `posts` collection in the UI's language, and the core's sentences for it. The
 * core keeps English labels (a UI contract under `?lang=en`); the form translates them here, by
 * field name, only where a field still carries the built-in label or hint, so the labels of a
 * loaded Decap config are shown as its author wrote them.
 */
import { TITLE_SHOWN_LENGTH, configMessages, defaultPostsCollection } from '../core/schema';
import type { Collection, Field } from '../core/schema';
import { validationMessages } from '../core/validate';
import { configMessagesEs, validationMessagesEs } from './messages-es-core';
import { isMessageKey } from './translate';
import type { Lang, TFunction } from './translate';

/** Returns the validator's sentences in `lang` (its `messages` option). */
export function validationMessagesFor(lang: Lang): typeof validationMessages {
  return lang === 'es' ? validationMessagesEs : validationMessages;
}

/** Returns the Decap config loader's sentences in `lang` (its `messages` option). */
export function configMessagesFor(lang: Lang): typeof configMessages {
  return lang === 'es' ? configMessagesEs : configMessages;
}

type Text = 'label' | 'label_singular' | 'hint';

/** Returns `fields` with built-in labels and hints translated, keyed `field.<path>.<text>`. */
function localizeFields(fields: Field[], builtIn: Field[], prefix: string, t: TFunction): Field[] {
  return fields.map((field) => {
    const base = builtIn.find((b) => b.name === field.name);
    if (!base) return field;
    const path = `${prefix}.${field.name}`;
    const out: Field = { ...field };
    for (const text of ['label', 'label_singular', 'hint'] as Text[]) {
      const key = `${path}.${text}`;
      if (field[text] !== undefined && field[text] === base[text] && isMessageKey(key)) {
        out[text] = t(key, { count: TITLE_SHOWN_LENGTH });
      }
    }
    if (field.fields && base.fields)
      out.fields = localizeFields(field.fields, base.fields, path, t);
    return out;
  });
}

/**
 * Returns `collection` with the built-in fields' labels, singular labels and hints in the
 * language of `t` (`Title` → `Título`); other fields and texts are returned as they are.
 */
export function localizeCollection(collection: Collection, t: TFunction): Collection {
  return {
    ...collection,
    fields: localizeFields(collection.fields, defaultPostsCollection.fields, 'field', t),
  };
}
