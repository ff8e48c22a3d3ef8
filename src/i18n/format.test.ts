import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelativeTime, formatSize } from './format';

const now = Date.UTC(2024, 5, 10, 12, 0, 0);
const ago = (lang: 'es' | 'en', seconds: number) =>
  formatRelativeTime(lang, now - seconds * 1000, now);

describe('formatRelativeTime', () => {
  it('reads as each language says it', () => {
    expect(ago('en', 5)).toBe('just now');
    expect(ago('es', 5)).toBe('recién');
    expect(ago('en', 300)).toBe('5 minutes ago');
    expect(ago('es', 300)).toBe('hace 5 minutos');
    expect(ago('es', 86400)).toBe('ayer');
    expect(ago('es', 3 * 86400)).toBe('hace 3 días');
    expect(ago('en', 30 * 86400)).toBe('May 11, 2024');
    expect(ago('es', 30 * 86400)).toBe('11 may 2024');
  });
});

describe('formatSize and formatDateTime', () => {
  it('write decimals as the language does', () => {
    expect(formatSize('en', 512)).toBe('512 B');
    expect(formatSize('en', 3500)).toBe('3.4 KB');
    expect(formatSize('es', 3500)).toBe('3,4 KB');
    expect(formatSize('es', 2.5 * 1024 * 1024)).toBe('2,5 MB');
  });

  it('writes dates with the language’s month names', () => {
    const june3 = Date.UTC(2016, 5, 3, 15, 0, 0);
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(formatDateTime('es', june3, options)).toBe('3 de junio de 2016');
    expect(formatDateTime('en', june3, options)).toBe('June 3, 2016');
  });

  it('keeps a formatter per language and options (made once, used again)', () => {
    const june3 = Date.UTC(2016, 5, 3, 15, 0, 0);
    const long = { dateStyle: 'long', timeZone: 'UTC' } as const;
    const short = { dateStyle: 'short', timeZone: 'UTC' } as const;
    expect(formatDateTime('en', june3, long)).toBe('June 3, 2016');
    expect(formatDateTime('en', june3, short)).toBe('6/3/16');
    expect(formatDateTime('es', june3, short)).toBe('3/6/16');
    expect(formatDateTime('en', june3, long)).toBe('June 3, 2016');
    expect(formatDateTime('en', june3, { dateStyle: 'short', timeZone: 'America/Santiago' })).toBe(
      '6/3/16',
    );
    expect(formatDateTime('en', Date.UTC(2016, 5, 3, 2), { timeZone: 'America/Santiago' })).toBe(
      '6/2/2016',
    );
  });
});
