import { describe, expect, it } from 'vitest';
import { formatMessage, formatNumber, interpolate, isMessageKey, pluralForm } from './translate';
import type { Lang } from './translate';

describe('formatMessage', () => {
  it('fills {name} parameters and formats numbers for the language', () => {
    expect(formatMessage('en', 'status.line', { line: 12 })).toBe('Line 12');
    expect(formatMessage('es', 'status.line', { line: 12 })).toBe('Línea 12');
    expect(formatMessage('en', 'import.failed', { error: 'disk {full}' })).toBe(
      'Import failed: disk {full}',
    );
    expect(interpolate('en', '{count} of {total}', { count: 12345, total: 'x' })).toBe(
      '12,345 of x',
    );
    expect(interpolate('es', '{count} de {total}', { count: 12345, total: 'x' })).toBe(
      '12.345 de x',
    );
  });

  it('leaves a parameter it was not given as written', () => {
    expect(formatMessage('en', 'backup.dates', { title: 'A' })).toBe(
      'A — here {here}, in the backup {backup}',
    );
  });

  it('picks the plural form by count, in each language', () => {
    expect(formatMessage('en', 'import.done', { count: 1 })).toBe('Imported 1 file.');
    expect(formatMessage('en', 'import.done', { count: 259 })).toBe('Imported 259 files.');
    expect(formatMessage('en', 'import.done', { count: 0 })).toBe('Imported 0 files.');
    expect(formatMessage('es', 'import.done', { count: 1 })).toBe('Se importó 1 archivo.');
    expect(formatMessage('es', 'import.done', { count: 2 })).toBe('Se importaron 2 archivos.');
    expect(formatMessage('es', 'status.words', { count: 1 })).toBe('1 palabra');
    expect(formatMessage('es', 'status.words', { count: 1500 })).toBe('1500 palabras');
  });

  it("falls back to 'other' when the language has a form the message lacks", () => {
    // Spanish CLDR rules put a million in 'many'.
    expect(pluralForm('es', { one: 'uno', other: 'otros' }, 1_000_000)).toBe('otros');
    expect(pluralForm('es', { one: 'uno', many: 'muchos', other: 'otros' }, 1_000_000)).toBe(
      'muchos',
    );
  });

  it('tells message keys from other strings', () => {
    expect(isMessageKey('cmd.bold')).toBe(true);
    expect(isMessageKey('cmd.heading-1')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('small numbers', () => {
  it('are written and pluralised as Intl does, in each language, without asking it', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    for (const lang of ['en', 'es'] as Lang[]) {
      const numbers = new Intl.NumberFormat(lang);
      const rules = new Intl.PluralRules(lang);
      for (const n of [...Array.from({ length: 1000 }, (_, i) => i), -0, -1, 1.5, 1000, 1e6]) {
        expect(formatNumber(lang, n)).toBe(numbers.format(n));
        expect(pluralForm(lang, forms, n)).toBe(forms[rules.select(n)]);
      }
    }
  });
});
