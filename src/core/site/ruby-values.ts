/**
 * How Ruby prints and compares the values Liquid hands to Jekyll's filters: `to_s`, `inspect`,
 * `<=>`, and Jekyll's item_property (a dotted property, numeric strings read as numbers).
 */
import { JekyllTime } from './jekyll-time';

/** Returns true for a plain object (a Liquid hash), not an array, time or null. */
export function isHash(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof JekyllTime) &&
    !(value instanceof Date)
  );
}

/** Returns a Ruby string literal as `inspect` prints it. */
function inspectString(text: string): string {
  const escapes: Record<string, string> = {
    '\\': '\\\\',
    '"': '\\"',
    '\n': '\\n',
    '\t': '\\t',
    '\r': '\\r',
  };
  const escaped = text.replace(/[\\"\n\t\r]|#(?=[{$@])/g, (c) => escapes[c] ?? '\\#');
  return `"${escaped}"`;
}

/** Returns `value` as Ruby 3.1's `inspect` prints it (`nil`, `["a", 1]`, `{"k"=>1}`). */
export function rubyInspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return inspectString(value);
  if (value instanceof JekyllTime) return value.toString();
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  if (isHash(value)) {
    const pairs = Object.entries(value).map(([k, v]) => `${inspectString(k)}=>${rubyInspect(v)}`);
    return `{${pairs.join(', ')}}`;
  }
  return String(value);
}

/** Returns `value` as Ruby's `to_s` prints it (nil is '', an array its inspect). */
export function rubyToS(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) || isHash(value)) return rubyInspect(value);
  return String(value);
}

/** Returns Ruby's `a <=> b` for the values Liquid sorts, or null when Ruby cannot compare them. */
export function rubyCompare(a: unknown, b: unknown): number | null {
  const num = (v: unknown) =>
    typeof v === 'number' ? v : v instanceof JekyllTime || v instanceof Date ? v.valueOf() : null;
  const [x, y] = [num(a), num(b)];
  if (x !== null && y !== null) return Math.sign(x - y);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = rubyCompare(a[i], b[i]);
      if (c !== 0) return c;
    }
    return Math.sign(a.length - b.length);
  }
  return null;
}

const FLOAT_LIKE = /^\s*-?(?:\d+\.?\d*|\.\d+)\s*$/;
const INTEGER_LIKE = /^\s*-?\d+\s*$/;

/** Returns the value of a dotted property of `item`, as Jekyll's item_property reads it. */
export function itemProperty(item: unknown, property: string): unknown {
  let value: unknown = item;
  for (const key of property.split('.')) {
    value = isHash(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  }
  const text = rubyToS(value);
  if (typeof value !== 'string' && typeof value !== 'number') return value;
  if (INTEGER_LIKE.test(text)) return parseInt(text, 10);
  if (FLOAT_LIKE.test(text)) return parseFloat(text);
  return value;
}

/** Returns `value` as Liquid prints `{{ value }}` in Ruby: nil as nothing, an array's items
 *  one after another, a hash as its inspect. */
export function rubyOutput(value: unknown): string {
  if (Array.isArray(value)) return value.map(rubyOutput).join('');
  return rubyToS(value);
}
