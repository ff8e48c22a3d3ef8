import { describe, expect, it } from 'vitest';
import { fieldsOf, localValue, parseJson } from './local-value.ts';

/** A Map-backed storage; `refuse` makes every call throw, as a browser blocking site data does. */
function memory(refuse = false) {
  const data = new Map<string, string>();
  const guard = () => {
    if (refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    data,
    getItem: (k: string) => (guard(), data.get(k) ?? null),
    setItem: (k: string, v: string) => (guard(), void data.set(k, v)),
    removeItem: (k: string) => (guard(), void data.delete(k)),
  };
}

const restoreCount = (raw: string | null) => {
  const v = parseJson(raw);
  return typeof v === 'number' ? v : 0;
};

describe('localValue', () => {
  it('writes JSON under its key and reads it back through restore', () => {
    const storage = memory();
    const count = localValue('pluma.count', restoreCount, undefined, () => storage);
    expect(count.read()).toBe(0);
    expect(count.write(7)).toBe(true);
    expect(storage.data.get('pluma.count')).toBe('7');
    expect(count.read()).toBe(7);
    count.remove();
    expect(storage.data.has('pluma.count')).toBe(false);
    expect(count.read()).toBe(0);
  });

  it('uses the given serializer, e.g. plain text', () => {
    const storage = memory();
    const lang = localValue(
      'pluma.lang',
      (raw) => raw ?? 'es',
      String,
      () => storage,
    );
    lang.write('en');
    expect(storage.data.get('pluma.lang')).toBe('en');
    expect(lang.read()).toBe('en');
  });

  it('never throws where storage is refused or missing', () => {
    const refused = localValue('k', restoreCount, undefined, () => memory(true));
    expect(refused.read()).toBe(0);
    expect(refused.write(3)).toBe(false);
    expect(() => refused.remove()).not.toThrow();
    const none = localValue('k', restoreCount, undefined, () => null);
    expect(none.read()).toBe(0);
    expect(none.write(3)).toBe(false);
  });

  it('gives the default when the stored text is foreign, even to a restore that throws', () => {
    const storage = memory();
    storage.data.set('k', '{not json');
    expect(localValue('k', restoreCount, undefined, () => storage).read()).toBe(0);
    const strict = (raw: string | null) => {
      if (raw === null) return 'default';
      return (JSON.parse(raw) as { name: string }).name.toUpperCase();
    };
    expect(localValue('k', strict, undefined, () => storage).read()).toBe('default');
  });

  it('reports a write the browser refuses for lack of room', () => {
    const full = {
      ...memory(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(localValue('k', restoreCount, undefined, () => full).write(1)).toBe(false);
  });
});

describe('fieldsOf', () => {
  it('gives the fields of an object and nothing for anything else', () => {
    expect(fieldsOf({ a: 1 })).toEqual({ a: 1 });
    expect(fieldsOf([1])).toEqual({});
    expect(fieldsOf(null)).toEqual({});
    expect(fieldsOf('x')).toEqual({});
  });
});
