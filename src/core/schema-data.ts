/**
 * How a post's front-matter data meets a collection's fields: which keys the form shows as
 * fields, and which it keeps, untouched, under "Other fields".
 */
import { isBodyField } from './schema-types';
import type { Collection, Field } from './schema-types';

/** A schema field with the key and value it has in one post. */
export interface BoundField {
  field: Field;
  /** The key in the data: the field's name, or an alias the post uses instead (`category`). */
  key: string;
  value: unknown;
  /** Whether the post has the key at all (a missing key is added when the form sets it). */
  present: boolean;
}

/**
 * Returns the collection's front-matter fields bound to a post's data (the body field left out)
 * and the keys the schema does not name, in the data's order with their values as they are.
 *
 * Older posts may write a field under an alias (the blog's `category: politica` for
 * `categories`): when the field's own key is absent and an alias is present, the field binds to
 * the alias, so an edit in the form changes the key the file already has. When both are present,
 * the alias stays under "Other fields".
 */
export function fieldsForData(
  collection: Collection,
  data: Record<string, unknown>,
): { fields: BoundField[]; others: { key: string; value: unknown }[] } {
  const has = (key: string) => Object.hasOwn(data, key);
  const claimed = new Set<string>();
  const fields = collection.fields
    .filter((f) => !isBodyField(f))
    .map((field): BoundField => {
      const key = has(field.name)
        ? field.name
        : (field.aliases?.find((a) => has(a) && !claimed.has(a)) ?? field.name);
      claimed.add(key);
      return { field, key, value: has(key) ? data[key] : undefined, present: has(key) };
    });
  const others = Object.keys(data)
    .filter((key) => !claimed.has(key))
    .map((key) => ({ key, value: data[key] }));
  return { fields, others };
}

/**
 * Returns the items of a list-of-strings value as the form shows them: a list's items as text
 * (empty items dropped), a single string or number as one item (older posts write
 * `categories: Actualidad`), and nothing for an empty value (`categories: `).
 */
export function listItems(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.filter((v) => v !== null && v !== undefined && v !== '').map((v) => String(v));
  }
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return [];
}
