/** Plain-data helpers for posts: deep equality and copies with one path changed. */

/** Returns true when two plain data values are deeply equal (NaN equals NaN). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}

/** Returns the value at `path` inside `data`, or undefined when a step is missing. */
export function getIn(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const seg of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    const rec = current as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(rec, String(seg))) return undefined;
    current = rec[String(seg)];
  }
  return current;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Returns a copy of `data` with `value` at `path` (missing steps become maps, or lists for
 * numeric steps); `undefined` removes the key or list item. `data` itself is not changed.
 */
export function withPath(
  data: unknown,
  path: readonly (string | number)[],
  value: unknown,
): unknown {
  if (path.length === 0) return value;
  const [seg, ...rest] = path;
  if (Array.isArray(data) && Number.isInteger(Number(seg))) {
    const copy = data.slice();
    const index = Number(seg);
    if (value === undefined && rest.length === 0) copy.splice(index, 1);
    else copy[index] = withPath(copy[index], rest, value);
    return copy;
  }
  const source =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  if (data == null && typeof seg === 'number') {
    return value === undefined ? [] : [withPath(undefined, rest, value)];
  }
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) setOwn(copy, k, v);
  const key = String(seg);
  if (value === undefined && rest.length === 0) delete copy[key];
  else setOwn(copy, key, withPath(copy[key], rest, value));
  return copy;
}

/**
 * Returns a front-matter value as the text a field or the layout shows: strings as they are,
 * numbers and booleans written out, a date as ISO; '' for null, missing values, maps and lists
 * (which are never shown as a data dump).
 */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return '';
}
