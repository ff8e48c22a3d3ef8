/**
 * Collections and fields in the vocabulary of a Decap CMS `config.yml`, with the helpers that
 * read Decap's defaults (a field is required unless it says `required: false`; its label is its
 * name unless given).
 */

/** Widgets Pluma draws as form controls. */
export const SUPPORTED_WIDGETS = [
  'string',
  'text',
  'markdown',
  'datetime',
  'date',
  'boolean',
  'number',
  'select',
  'list',
  'object',
  'image',
  'hidden',
] as const;

/** A widget Pluma supports, or 'raw' (edit the value as YAML) for any other widget. */
export type Widget = (typeof SUPPORTED_WIDGETS)[number] | 'raw';

/** One choice of a select widget, in Decap's long form. */
export interface SelectOption {
  label: string;
  value: string | number | boolean;
}

/** A field of a collection, as a Decap config writes it (plus a few Pluma extensions). */
export interface Field {
  name: string;
  label?: string;
  widget: Widget;
  /** The widget the config asked for when it fell back to 'raw' ('relation', 'map'…). */
  source_widget?: string;
  /** Decap semantics: absent means required; only `false` makes a field optional. */
  required?: boolean;
  default?: unknown;
  hint?: string;
  /** A regular expression (as source text) and the message shown when a value fails it. */
  pattern?: [string, string];
  min?: number;
  max?: number;
  step?: number;
  value_type?: 'int' | 'float';
  /** Select choices: plain values or `{ label, value }`. */
  options?: (string | number | SelectOption)[];
  multiple?: boolean;
  /** List of one repeated field. */
  field?: Field;
  /** Object fields, or the fields of each item of a list of objects. */
  fields?: Field[];
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  allow_add?: boolean;
  collapsed?: boolean;
  summary?: string;
  label_singular?: string;
  /** Pluma: older keys this field reads when its own key is absent (`category` for `categories`). */
  aliases?: string[];
}

/** A folder collection of entries, as a Decap config writes it. */
export interface Collection {
  name: string;
  label: string;
  label_singular?: string;
  folder: string;
  create?: boolean;
  /** Filename template: `{{year}}-{{month}}-{{day}}-{{slug}}`. */
  slug?: string;
  extension?: string;
  format?: string;
  identifier_field?: string;
  fields: Field[];
  /** Where uploaded images go (the collection's own, else the config's top-level one). */
  media_folder?: string;
  public_folder?: string;
  /** Pluma: the language posts are written in ('es', 'en'), for dates and empty slugs. */
  lang?: string;
}

/** Returns whether a value must be given (Decap: unless `required: false`). */
export function isRequired(field: Field): boolean {
  return field.required !== false;
}

/** Returns the label shown for a field (Decap: its name when no label is given). */
export function fieldLabel(field: Field): string {
  return field.label ?? field.name;
}

/** Returns a select field's choices in the long `{ label, value }` form. */
export function selectOptions(field: Field): SelectOption[] {
  return (field.options ?? []).map((o) =>
    typeof o === 'object' ? o : { label: String(o), value: o },
  );
}

/** Returns whether the field is the post body (Decap's `body` markdown field), not front matter. */
export function isBodyField(field: Field): boolean {
  return field.name === 'body' && field.widget === 'markdown';
}
