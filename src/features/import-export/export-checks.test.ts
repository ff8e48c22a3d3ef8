import { describe, expect, it } from 'vitest';
import { parsePost } from '../../core/post';
import { defaultPostsCollection } from '../../core/schema';
import { localizeCollection } from '../../i18n/localize-schema';
import { formatMessage } from '../../i18n/translate';
import type { Lang } from '../../i18n/translate';
import { samplePostText } from '../../../fixtures/paths.mjs';
import { exportChecks, exportFileName } from './export-checks';

const sample = samplePostText();
const posts = (lang: Lang) =>
  localizeCollection(defaultPostsCollection, (key, params) => formatMessage(lang, key, params));

describe('exportChecks', () => {
  it('lets the real sample post through, warning of its long title', () => {
    expect(exportChecks(parsePost(sample), posts('en'), '2016-06-03-x.md', 'en')).toEqual({
      errors: [],
      warnings: ['The title has 96 characters; the post page shows only the first 42.'],
    });
  });

  it('lists broken YAML by its line, with no noise about the fields it makes unreadable', () => {
    const { errors } = exportChecks(parsePost('---\ntitle: [a\n---\nx'), posts('en'), 'x.md', 'en');
    // The YAML problem in the UI's words (not the parser's English), at its line; no
    // "Title should be text." or "Date is required." for what the error hides, as in the form.
    expect(errors).toEqual([`Line 3: ${formatMessage('en', 'yaml.BAD_INDENT')}`]);
  });

  it('keeps checking the fields a YAML error leaves readable', () => {
    const text =
      '---\nlayout: post\ntitle: "El "Plan": qué"\ndate: 2016-06-03 12:00:00 -0300\n---\nx';
    const { errors } = exportChecks(parsePost(text), posts('en'), '2016-06-03-x.md', 'en');
    expect(errors.some((e) => /^Line 3: /.test(e))).toBe(true);
    expect(errors.filter((e) => !e.startsWith('Line '))).toEqual([]);
    const moved =
      '---\nlayout: page\ntitle: "El "Plan": qué"\ndate: 2016-06-03 12:00:00 -0300\n---\nx';
    const again = exportChecks(parsePost(moved), posts('en'), '2016-06-03-x.md', 'en');
    expect(again.errors.filter((e) => !e.startsWith('Line '))).toHaveLength(1);
  });

  it('speaks the UI language, with the field labels in it', () => {
    const checks = exportChecks(parsePost('---\nlayout: post\n---\nx'), posts('es'), 'x.md', 'es');
    expect(checks.errors).toEqual([
      'El campo «Título» es obligatorio.',
      'El campo «Fecha» es obligatorio.',
    ]);
  });

  it('blocks a date it cannot read', () => {
    const text = sample.replace('date:   2016-06-03', 'date:   2016-13-03');
    expect(exportChecks(parsePost(text), posts('en'), '2016-06-03-x.md', 'en').errors).toEqual([
      'Date "2016-13-03 12:00:00 -0300" is not a date Pluma can read. Write it like 2016-06-03 12:00:00 -0300.',
    ]);
  });
});

describe('exportFileName', () => {
  it('trims the typed name and keeps it out of other folders', () => {
    expect(exportFileName('  2016-06-03-post.md ')).toBe('2016-06-03-post.md');
    expect(exportFileName('../_posts/a\\b.md')).toBe('..-_posts-a-b.md');
    expect(exportFileName('   ')).toBe('');
  });
});
