/**
 * Checks a post's front-matter data against its collection: errors for what the schema forbids,
 * warnings for what the blog would show badly. Messages are whole sentences, kept in one object.
 */
import { dateText, parseJekyllDate } from './dates';
import { parseFilename } from './filename';
import { TITLE_SHOWN_LENGTH, fieldLabel, isBodyField, isRequired, selectOptions } from './schema';
import type { Collection, Field } from './schema';

/** One problem found in a post, at a path of keys and list indexes into its data. */
export interface Issue {
  path: (string | number)[];
  severity: 'error' | 'warning';
  message: string;
}

/** Sentences shown for each problem; swap this object to translate them. */
export const validationMessages = {
  required: (label: string) => `${label} is required.`,
  notText: (label: string) => `${label} should be text.`,
  notNumber: (label: string) => `${label} should be a number.`,
  notInteger: (label: string) => `${label} should be a whole number.`,
  notBoolean: (label: string) => `${label} should be yes or no (true or false).`,
  notList: (label: string) => `${label} should be a list.`,
  notObject: (label: string) => `${label} should be a group of fields.`,
  badDate: (label: string, value: string) =>
    `${label} "${value}" is not a date Pluma can read. Write it like 2016-06-03 12:00:00 -0300.`,
  notOption: (label: string, options: string) => `${label} should be one of: ${options}.`,
  pattern: (label: string) => `${label} does not have the expected form.`,
  belowMin: (label: string, min: number) => `${label} should be at least ${min}.`,
  aboveMax: (label: string, max: number) => `${label} should be at most ${max}.`,
  tooFewItems: (label: string, min: number) =>
    `${label} should have at least ${min} item${min === 1 ? '' : 's'}.`,
  tooManyItems: (label: string, max: number) =>
    `${label} should have at most ${max} item${max === 1 ? '' : 's'}.`,
  titleCut: (length: number, shown: number) =>
    `The title has ${length} characters; the post page shows only the first ${shown}.`,
  filenameDate: (fileDate: string, date: string) =>
    `The filename says ${fileDate} but the date field says ${date}; Jekyll uses the date field.`,
};

/** Options of `validatePost`. */
export interface ValidateOptions {
  /** The post's filename (or path), to compare its date with the date field. */
  filename?: string;
  /** Characters of the title the layout shows; 0 turns the warning off. */
  titleShownLength?: number;
  messages?: typeof validationMessages;
  /**
   * Top-level keys whose values broken YAML makes unreadable (a form locks them): they get no
   * issue, since "Date is required" about a date written in the text would be wrong.
   */
  unreadable?: ReadonlySet<string>;
}

type Push = (path: (string | number)[], severity: Issue['severity'], message: string) => void;

/** Returns whether a value counts as not given (Decap treats '' and [] as empty). */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Checks the number of items of a list (or multiple select) against the field's min/max. */
function checkCount(
  field: Field,
  count: number,
  path: (string | number)[],
  push: Push,
  m: typeof validationMessages,
) {
  const label = fieldLabel(field);
  if (field.min !== undefined && count < field.min)
    push(path, 'error', m.tooFewItems(label, field.min));
  if (field.max !== undefined && count > field.max)
    push(path, 'error', m.tooManyItems(label, field.max));
}

/** Checks one value against its field, pushing every issue found, nested values included. */
function checkValue(
  field: Field,
  value: unknown,
  path: (string | number)[],
  push: Push,
  m: typeof validationMessages,
) {
  const label = fieldLabel(field);
  // A missing boolean is simply false, as in Decap; hidden and raw fields are not the form's.
  if (isEmpty(value)) {
    if (isRequired(field) && !['boolean', 'hidden', 'raw'].includes(field.widget)) {
      push(path, 'error', m.required(label));
    }
    return;
  }
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'markdown':
    case 'image':
      if (isObj(value) || Array.isArray(value)) push(path, 'error', m.notText(label));
      break;
    case 'datetime':
    case 'date': {
      const text = dateText(value);
      if (text === null || !parseJekyllDate(text))
        push(path, 'error', m.badDate(label, String(value)));
      break;
    }
    case 'boolean':
      if (typeof value !== 'boolean') push(path, 'error', m.notBoolean(label));
      break;
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
      if (Number.isNaN(n)) push(path, 'error', m.notNumber(label));
      else if (field.value_type === 'int' && !Number.isInteger(n))
        push(path, 'error', m.notInteger(label));
      else if (field.min !== undefined && n < field.min)
        push(path, 'error', m.belowMin(label, field.min));
      else if (field.max !== undefined && n > field.max)
        push(path, 'error', m.aboveMax(label, field.max));
      break;
    }
    case 'select': {
      const options = selectOptions(field);
      const values = field.multiple && Array.isArray(value) ? value : [value];
      if (values.some((v) => !options.some((o) => o.value === v))) {
        push(path, 'error', m.notOption(label, options.map((o) => o.label).join(', ')));
      }
      if (field.multiple && Array.isArray(value)) checkCount(field, value.length, path, push, m);
      break;
    }
    case 'list':
      checkList(field, value, path, push, m);
      break;
    case 'object':
      if (!isObj(value)) push(path, 'error', m.notObject(label));
      else checkFields(field.fields ?? [], value, path, push, m);
      break;
  }
  if (field.pattern && (typeof value === 'string' || typeof value === 'number')) {
    if (!new RegExp(field.pattern[0], 'u').test(String(value))) {
      push(path, 'error', field.pattern[1] || m.pattern(label));
    }
  }
}

/** Checks a list value: its length, then each item against `field` or `fields`. */
function checkList(
  field: Field,
  value: unknown,
  path: (string | number)[],
  push: Push,
  m: typeof validationMessages,
) {
  // A single string is an older one-item list (`categories: Actualidad`), fine for plain lists.
  if (!Array.isArray(value)) {
    if (field.field || field.fields || isObj(value))
      push(path, 'error', m.notList(fieldLabel(field)));
    return;
  }
  checkCount(field, value.length, path, push, m);
  value.forEach((item, i) => {
    if (field.field) checkValue(field.field, item, [...path, i], push, m);
    else if (field.fields) {
      if (isObj(item)) checkFields(field.fields, item, [...path, i], push, m);
      else push([...path, i], 'error', m.notObject(fieldLabel(field)));
    }
  });
}

/** Checks every field of a group against the data that holds them. */
function checkFields(
  fields: Field[],
  data: Record<string, unknown>,
  path: (string | number)[],
  push: Push,
  m: typeof validationMessages,
) {
  for (const field of fields) {
    if (isBodyField(field)) continue;
    const key = Object.hasOwn(data, field.name)
      ? field.name
      : (field.aliases?.find((a) => Object.hasOwn(data, a)) ?? field.name);
    checkValue(field, data[key], [...path, key], push, m);
  }
}

/** Returns whether `field` is stored under one of the `unreadable` keys (its name or an alias). */
function isUnreadable(field: Field, unreadable: ReadonlySet<string>): boolean {
  return unreadable.has(field.name) || (field.aliases ?? []).some((a) => unreadable.has(a));
}

/**
 * Returns the problems of a post's front-matter data: errors for required fields left empty,
 * patterns, numbers and list lengths out of range, unreadable dates and values outside a
 * select's options; warnings for a title longer than the layout shows and a filename whose date
 * differs from the date field (when `opts.filename` is given). The body and the keys in
 * `opts.unreadable` are not checked.
 */
export function validatePost(
  collection: Collection,
  data: Record<string, unknown>,
  opts: ValidateOptions = {},
): Issue[] {
  const m = opts.messages ?? validationMessages;
  const issues: Issue[] = [];
  const push: Push = (path, severity, message) => issues.push({ path, severity, message });
  const skip = opts.unreadable;
  const fields = skip ? collection.fields.filter((f) => !isUnreadable(f, skip)) : collection.fields;
  checkFields(fields, data, [], push, m);

  const titleKey = collection.identifier_field ?? 'title';
  const title = skip?.has(titleKey) ? undefined : data[titleKey];
  const shown = opts.titleShownLength ?? TITLE_SHOWN_LENGTH;
  // Liquid's truncate counts characters, so count code points rather than UTF-16 units.
  const length = typeof title === 'string' ? [...title].length : 0;
  if (shown > 0 && length > shown) push([titleKey], 'warning', m.titleCut(length, shown));

  const date = skip?.has('date') ? null : parseJekyllDate(dateText(data.date) ?? '');
  const fromName = opts.filename ? parseFilename(opts.filename) : null;
  if (date && fromName) {
    const written = [date.year, date.month, date.day];
    if (written.join('-') !== [fromName.year, fromName.month, fromName.day].join('-')) {
      const pad = (n: number) => String(n).padStart(2, '0');
      push(
        ['date'],
        'warning',
        m.filenameDate(fromName.date, `${date.year}-${pad(date.month)}-${pad(date.day)}`),
      );
    }
  }
  return issues;
}
