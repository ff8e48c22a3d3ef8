import { describe, expect, it } from 'vitest';
import { restoreLayout } from './use-layout';

describe('restoreLayout', () => {
  it('keeps a sane stored layout', () => {
    const stored = { formWidth: 400, editorShare: 0.6, focus: true, theme: 'dark', sidebar: false };
    expect(restoreLayout(JSON.stringify(stored))).toEqual(stored);
  });

  it('limits sizes and drops what it does not know', () => {
    expect(restoreLayout('{"formWidth": 5000, "editorShare": -1, "theme": "neon"}')).toEqual({
      formWidth: 600,
      editorShare: 0.2,
      focus: false,
      theme: 'system',
      sidebar: null,
    });
    expect(restoreLayout('not json').formWidth).toBe(330);
  });
});
