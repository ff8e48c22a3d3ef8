/**
 * Reads a Decap CMS `config.yml` into Pluma's collections. Widgets Pluma does not draw fall back
 * to raw YAML editing, each with a notice; what cannot be used at all is reported as an error.
 */
import { readConfigYaml } from './schema-yaml';
import { SUPPORTED_WIDGETS } from './schema-types';
import type { Collection, Field, SelectOption, Widget } from './schema-types';
import { configMessages } from './schema-messages';

interface Ctx {
  m: typeof configMessages;
  collection: string;
  notices: string[];
  errors: string[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const strOrBool = (v: unknown) => (typeof v === 'string' || typeof v === 'boolean' ? v : undefined);

/** Returns a copy of `obj` without the keys whose value is undefined. */
function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** Returns the field as raw YAML editing, with a notice saying why (`missing` parts, if any). */
function asRaw(field: Field, widget: string, ctx: Ctx, missing?: string): Field {
  const label = field.label ?? field.name;
  ctx.notices.push(
    missing
      ? ctx.m.incompleteWidget(ctx.collection, label, widget, missing)
      : ctx.m.rawWidget(ctx.collection, label, widget),
  );
  return { ...field, widget: 'raw', source_widget: widget };
}

/** Returns the fields of a config list, skipping (and reporting) those without a name. */
function readFields(list: unknown, ctx: Ctx, at: string): Field[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, i) => {
    const field = readField(raw, ctx, `${at}[${i}]`);
    return field ? [field] : [];
  });
}

/** Returns one config field in Pluma's shape, or null when it has no name. */
function readField(raw: unknown, ctx: Ctx, at: string): Field | null {
  if (!isObj(raw) || typeof raw.name !== 'string' || raw.name === '') {
    ctx.errors.push(ctx.m.fieldNoName(ctx.collection, at));
    return null;
  }
  const widget = str(raw.widget) ?? 'string';
  let field: Field = compact({
    name: raw.name,
    label: str(raw.label),
    widget: widget as Widget,
    required: bool(raw.required),
    default: raw.default,
    hint: str(raw.hint),
    min: num(raw.min),
    max: num(raw.max),
    step: num(raw.step),
    value_type: raw.value_type === 'int' || raw.value_type === 'float' ? raw.value_type : undefined,
    multiple: bool(raw.multiple),
    format: str(raw.format),
    date_format: strOrBool(raw.date_format),
    time_format: strOrBool(raw.time_format),
    picker_utc: bool(raw.picker_utc),
    media_folder: str(raw.media_folder),
    public_folder: str(raw.public_folder),
    choose_url: bool(raw.choose_url),
    allow_add: bool(raw.allow_add),
    collapsed: bool(raw.collapsed),
    summary: str(raw.summary),
    label_singular: str(raw.label_singular),
    aliases: Array.isArray(raw.aliases)
      ? raw.aliases.filter((a) => typeof a === 'string')
      : undefined,
  });
  field = withPattern(field, raw.pattern, ctx);
  if (!(SUPPORTED_WIDGETS as readonly string[]).includes(widget)) return asRaw(field, widget, ctx);
  const here = `${at}.${field.name}`;
  switch (widget) {
    case 'select': {
      const options = readOptions(raw.options);
      return options ? { ...field, options } : asRaw(field, widget, ctx, 'options');
    }
    case 'object': {
      const fields = readFields(raw.fields, ctx, here);
      return fields.length ? { ...field, fields } : asRaw(field, widget, ctx, 'fields');
    }
    case 'list':
      // Variable-type lists (`types`) pick their fields per item: not a form Pluma can draw.
      if (raw.types !== undefined) return asRaw(field, 'list with variable types', ctx);
      if (isObj(raw.field)) {
        const item = readField(raw.field, ctx, here);
        return item ? { ...field, field: item } : field;
      }
      if (Array.isArray(raw.fields)) return { ...field, fields: readFields(raw.fields, ctx, here) };
      return field;
    default:
      return field;
  }
}

/** Returns the field with its `pattern` when the config gives a valid one (reporting a bad one). */
function withPattern(field: Field, raw: unknown, ctx: Ctx): Field {
  if (!Array.isArray(raw) || typeof raw[0] !== 'string') return field;
  try {
    new RegExp(raw[0], 'u');
  } catch {
    ctx.errors.push(ctx.m.badPattern(ctx.collection, field.label ?? field.name));
    return field;
  }
  return { ...field, pattern: [raw[0], typeof raw[1] === 'string' ? raw[1] : ''] };
}

/** Returns select options from the config, or null when there are none usable. */
function readOptions(raw: unknown): (string | number | SelectOption)[] | null {
  if (!Array.isArray(raw)) return null;
  const options = raw.flatMap((o): (string | number | SelectOption)[] => {
    if (typeof o === 'string' || typeof o === 'number') return [o];
    if (isObj(o) && ['string', 'number', 'boolean'].includes(typeof o.value)) {
      const value = o.value as SelectOption['value'];
      return [{ label: str(o.label) ?? String(value), value }];
    }
    return [];
  });
  return options.length ? options : null;
}

/** Returns one folder collection, or null (with an error or notice) when it cannot be used. */
function readCollection(raw: unknown, i: number, top: Obj, ctx: Ctx): Collection | null {
  if (!isObj(raw) || typeof raw.name !== 'string') {
    ctx.errors.push(ctx.m.collectionNoName(i));
    return null;
  }
  const name = raw.name;
  const label = str(raw.label) ?? name;
  ctx.collection = label;
  if (raw.files !== undefined && raw.folder === undefined) {
    ctx.notices.push(ctx.m.collectionFiles(label));
    return null;
  }
  if (typeof raw.folder !== 'string') {
    ctx.errors.push(ctx.m.collectionNoFolder(label));
    return null;
  }
  if (!Array.isArray(raw.fields)) ctx.errors.push(ctx.m.collectionNoFields(label));
  return compact({
    name,
    label,
    label_singular: str(raw.label_singular),
    folder: raw.folder,
    create: bool(raw.create),
    slug: str(raw.slug),
    extension: str(raw.extension),
    format: str(raw.format),
    identifier_field: str(raw.identifier_field),
    fields: readFields(raw.fields, ctx, 'fields'),
    media_folder: str(raw.media_folder) ?? str(top.media_folder),
    public_folder: str(raw.public_folder) ?? str(top.public_folder),
    lang: str(raw.lang) ?? str(top.locale),
  });
}

/**
 * Returns the folder collections of a Decap CMS `config.yml`, with a notice per field that falls
 * back to raw YAML (or collection skipped as unsupported) and an error per thing that is broken.
 * `opts.messages` replaces the English sentences (to translate them).
 */
export function loadDecapConfig(
  yamlText: string,
  opts: { messages?: typeof configMessages } = {},
): {
  collections: Collection[];
  notices: string[];
  errors: string[];
} {
  const { value, errors } = readConfigYaml(yamlText);
  const ctx: Ctx = { m: opts.messages ?? configMessages, collection: '', notices: [], errors };
  if (!isObj(value)) {
    errors.push(ctx.m.notAMap);
    return { collections: [], notices: [], errors };
  }
  if (!Array.isArray(value.collections)) {
    errors.push(ctx.m.noCollections);
    return { collections: [], notices: [], errors };
  }
  if (typeof value.media_folder !== 'string') ctx.notices.push(ctx.m.noMediaFolder);
  const collections = value.collections.flatMap((raw, i) => {
    const c = readCollection(raw, i, value, ctx);
    return c ? [c] : [];
  });
  return { collections, notices: ctx.notices, errors };
}
