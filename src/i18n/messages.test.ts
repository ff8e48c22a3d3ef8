import { describe, expect, it } from 'vitest';
import { StorageError } from '../storage';
import type { StorageErrorReason } from '../storage';
import { formatMessage, isMessageKey, storageMessage } from './translate';
import { en } from './messages-en';
import { es } from './messages-es';
import { enLater } from './messages-en-later';
import { enStart } from './messages-en-start';
import { esLater } from './messages-es-later';
import { esStart } from './messages-es-start';

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (message: string | object) =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);

describe('message files', () => {
  it('come in two parts, before and after the editor, that together are every message', () => {
    for (const [all, start, later] of [
      [en, enStart, enLater],
      [es, esStart, esLater],
    ] as const) {
      const keys = [...Object.keys(start), ...Object.keys(later)];
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.sort()).toEqual(Object.keys(all).sort());
    }
  });

  it('give Spanish exactly the keys English has', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('translate every key with the same shape and the same parameters', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = en[key];
      const spanish = es[key];
      expect(typeof spanish, key).toBe(typeof english);
      for (const text of texts(spanish)) expect(text.trim(), key).not.toBe('');
      const wanted = new Set(texts(english).flatMap(params));
      const found = new Set(texts(spanish).flatMap(params));
      // A plural's 'one' form may spell the count out ('1 archivo'), so only `count` may be missing.
      for (const name of found) expect(wanted.has(name), `${key} {${name}}`).toBe(true);
      for (const name of wanted) if (name !== 'count') expect(found.has(name), key).toBe(true);
      if (typeof english !== 'string') expect(Object.keys(spanish).sort()).toContain('other');
    }
  });

  it('have a sentence for every reason a storage error gives, in both languages', () => {
    const reasons: StorageErrorReason[] = [
      'unavailable',
      'quota',
      'conflict',
      'corrupt',
      'blocked',
      'closed',
      'migration',
    ];
    for (const reason of reasons) {
      const key = storageMessage(new StorageError('corrupt', { reason })).key;
      expect(key).toBe(`storage.${reason}`);
      expect(isMessageKey(key)).toBe(true);
      expect(formatMessage('es', key)).not.toBe(formatMessage('en', key));
    }
  });

  it('keep the English accessible names of the UI contract', () => {
    expect([en['app.newPost'], en['import.label'], en['export.button'], en['drafts.list']]).toEqual(
      ['New post', 'Import', 'Export', 'Drafts'],
    );
    expect([en['status.saved'], en['preview.frame'], en['cmd.bold'], en['settings.open']]).toEqual([
      'Saved',
      'Preview',
      'Bold',
      'Settings',
    ]);
    expect([es['app.newPost'], es['import.label'], es['status.saved']]).toEqual([
      'Nueva entrada',
      'Importar',
      'Guardado',
    ]);
  });
});
