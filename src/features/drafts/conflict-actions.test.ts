import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../core/post';
import { copyTitled } from './copy-titled';
import { SAMPLE_POST, readPostFile } from '../../../fixtures/paths.mjs';

describe('copyTitled', () => {
  it('adds the suffix to the title, changing only the title line', () => {
    const text = readFileSync(SAMPLE_POST, 'utf8');
    const copy = copyTitled(text, '(copia)');
    expect(parsePost(copy).data.title).toBe(`${parsePost(text).data.title} (copia)`);
    const before = text.split('\n');
    const after = copy.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual([
      expect.stringMatching(/^title: {2}".*\(copia\)"$/),
    ]);
  });

  it('keeps every byte when there is no title to mark or the YAML is broken', () => {
    const untitled = '---\nlayout: post\n---\nCuerpo\n';
    expect(copyTitled(untitled, '(copy)')).toBe(untitled);
    const broken = '---\ntitle: "El "Plan Nacional": qué significa"\n---\n';
    expect(copyTitled(broken, '(copy)')).toBe(broken);
    const crlf = readPostFile(SAMPLE_POST).replaceAll('\n', '\r\n');
    expect(copyTitled(crlf, '(copy)')).toContain('(copy)"\r\n');
  });
});
