import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../fixtures/paths.mjs';
import { lineDiff } from './line-diff';

const post = readFileSync(
  path.join(SITE_DIR, '_posts/2019-04-05-declaracion-alertadores.markdown'),
  'utf8',
);

describe('lineDiff', () => {
  it('shows a changed title as one line out and one line in, the rest kept', () => {
    const theirs = post.replace("title: 'Declaración", "title: 'Nueva declaración");
    const diff = lineDiff(post, theirs);
    expect(diff.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'del', text: "title: 'Declaración para protección de alertadores'" },
      { kind: 'add', text: "title: 'Nueva declaración para protección de alertadores'" },
    ]);
    expect(diff.filter((l) => l.kind === 'same')).toHaveLength(post.split('\n').length - 1);
  });

  it('rebuilds both texts from its lines, whatever the line endings', () => {
    const a = 'uno\r\ndos\r\ntres\n';
    const b = 'uno\ncuatro\ntres\rcinco';
    const diff = lineDiff(a, b);
    const side = (k: string) => diff.filter((l) => l.kind !== k).map((l) => l.text);
    expect(side('add')).toEqual(['uno', 'dos', 'tres', '']);
    expect(side('del')).toEqual(['uno', 'cuatro', 'tres', 'cinco']);
  });

  it('past the table limit, deletes every line of the first text and adds the second', () => {
    const lines = (tag: string) => Array.from({ length: 2001 }, (_, i) => `${tag} ${i}`);
    const a = lines('a');
    const b = [...lines('b').slice(0, 2000), 'a 0'];
    const diff = lineDiff(a.join('\n'), b.join('\n'));
    expect(diff).toEqual([
      ...a.map((text) => ({ kind: 'del', text })),
      ...b.map((text) => ({ kind: 'add', text })),
    ]);
  });
});
