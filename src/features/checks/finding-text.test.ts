import { describe, expect, it } from 'vitest';
import type { CheckId, Finding } from '../../core/checks/types';
import { formatMessage, type Lang } from '../../i18n/translate';
import { checkSentences, findingText } from './finding-text';

const IDS: CheckId[] = [
  'title-cut',
  'intro-cut',
  'image-alt',
  'header-caption',
  'image-large',
  'http-media',
  'link-empty',
  'link-vague',
  'post-url-missing',
  'link-missing-file',
  'reference-undefined',
  'heading-skip',
  'heading-h1',
  'date-future',
  'date-filename',
  'date-offset',
  'yaml',
  'liquid',
  'layout-unknown',
  'category-new',
  'duplicate-name',
  'duplicate-slug',
  'duplicate-title',
];
const PARAMS = {
  length: 60,
  shown: 42,
  url: 'http://x.org/a.jpg',
  size: 2.4,
  text: 'aquí',
  name: '2019-01-01-x',
  label: 'ley',
  level: 4,
  previous: 1,
  expected: 2,
  date: '2030-04-05 12:00:00',
  file: '2019-04-05',
  code: 'QUOTES_INSIDE',
  detail: 'title',
  kind: 'unclosed-block',
  tag: 'if',
  layout: 'entrada',
  category: 'Deportes',
  path: '_posts/x.md',
  slug: 'x',
};
const finding = (id: CheckId, severity: Finding['severity'] = 'warning'): Finding => ({
  id,
  severity,
  params: PARAMS,
  from: 0,
  line: 7,
});

describe('findingText', () => {
  for (const lang of ['en', 'es'] as Lang[]) {
    it(`words every check in ${lang}, every parameter filled`, () => {
      const t = (key: Parameters<typeof formatMessage>[1], p?: Record<string, string | number>) =>
        formatMessage(lang, key, p);
      for (const id of IDS) {
        const text = findingText(t, finding(id));
        expect(text, id).not.toMatch(/\{\w+\}|checks\./);
        expect(text.length, id).toBeGreaterThan(20);
      }
    });
  }

  it('lists errors and warnings for the dialogs with their lines, tips and the dialogs’ own checks left out', () => {
    const t = (key: Parameters<typeof formatMessage>[1], p?: Record<string, string | number>) =>
      formatMessage('en', key, p);
    const found = [
      finding('liquid', 'error'),
      finding('title-cut'),
      finding('heading-h1'),
      finding('category-new', 'tip'),
    ];
    const { errors, warnings } = checkSentences(t, found);
    expect(errors).toEqual([
      'line 7: The Liquid block {% if %} is never ended with {% endif %}: Jekyll stops the build.',
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^line 7: The layout already shows the title/);
  });
});
