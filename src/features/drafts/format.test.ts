import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../core/text';
import { formatSize, relativeTime } from './format';

const now = Date.UTC(2024, 5, 10, 12, 0, 0);
const ago = (seconds: number) => relativeTime(now - seconds * 1000, now);

describe('relativeTime', () => {
  it('reads like a person would say it', () => {
    expect(ago(5)).toBe('just now');
    expect(ago(-30)).toBe('just now');
    expect(ago(60 * 5)).toBe('5 minutes ago');
    expect(ago(3600 * 3)).toBe('3 hours ago');
    expect(ago(86400)).toBe('yesterday');
    expect(ago(86400 * 3)).toBe('3 days ago');
    expect(ago(86400 * 30)).toBe('May 11, 2024');
  });
});

describe('formatSize and foldForSearch', () => {
  it('formats sizes and folds accents but not the letters', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(3500)).toBe('3.4 KB');
    expect(formatSize(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(foldForSearch('Artículo DE Año')).toBe('articulo de año');
  });
});
