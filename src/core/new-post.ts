import { parsePost, setField } from './post';
import type { Collection } from './schema';
import { nowWithOffset } from './dates';

/**
 * Returns the text of a new post for `collection`: its fields' defaults (e.g. `layout: post`),
 * an empty title, and `now` written in the writer's offset (`offsetMinutes` east of UTC) for
 * its required date fields, in the schema's field order.
 */
export function newPostText(collection: Collection, now: Date, offsetMinutes: number): string {
  let post = parsePost('');
  for (const field of collection.fields) {
    if (field.widget === 'markdown' || field.widget === 'hidden') continue;
    let value: unknown;
    if (field.default !== undefined && field.widget !== 'boolean') value = field.default;
    else if (field.widget === 'datetime' && field.required !== false) {
      value = nowWithOffset(now, offsetMinutes);
    } else if (field.name === (collection.identifier_field ?? 'title')) value = '';
    if (value !== undefined) post = setField(post, [field.name], value);
  }
  return post.text + '\n';
}
