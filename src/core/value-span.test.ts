import { describe, expect, it } from 'vitest';
import { fieldEdit, parsePost } from './post';
import { topLevelValueSpan } from './value-span';
import { CORPUS_DIR, readPostFile } from '../../fixtures/paths.mjs';
import path from 'node:path';

// Real posts whose title is a quoted scalar written over several lines.
const MULTILINE_TITLES = [
  'ciudadanointeligente-blog-deleted/2016-06-12-Nuevo-proyecto-de-ciudadano.markdown',
  '18f-gsa-gov/2020-03-10-ask-18f-po-vs-cor.md',
  '18f-gsa-gov/2021-04-27-building_product_management_capacity_in_government_part_3_a_day_in_the_life_of_a_new_product_owner.md',
];

/** Returns `text` with `edit` applied. */
const apply = (text: string, edit: { from: number; to: number; insert: string }) =>
  text.slice(0, edit.from) + edit.insert + text.slice(edit.to);

describe('a title written over several lines', () => {
  it.each(MULTILINE_TITLES)('is changed from the form, every other byte kept: %s', (file) => {
    const text = readPostFile(path.join(CORPUS_DIR, file));
    const post = parsePost(text);
    const edit = fieldEdit(post, ['title'], 'Un título nuevo: con "comillas"');
    expect(edit).not.toBeNull();
    const out = apply(text, edit!);
    const after = parsePost(out);
    expect(after.data.title).toBe('Un título nuevo: con "comillas"');
    expect(after.errors.length).toBeLessThanOrEqual(post.errors.length);
    // Only the title's lines changed: what comes before and after them is byte for byte.
    expect(out.slice(0, edit!.from)).toBe(text.slice(0, edit!.from));
    expect(out.slice(edit!.from + edit!.insert.length)).toBe(text.slice(edit!.to));
    const oldLines = text.slice(edit!.from, edit!.to).split('\n');
    expect(oldLines.length).toBeGreaterThan(1);
    expect(after.body).toBe(post.body);
  });
});

describe('topLevelValueSpan', () => {
  it('ends a quoted value at its closing quote, across lines', () => {
    const src = "title: 'uno\ndos: tres'\nintro: x\n";
    const span = topLevelValueSpan(src, 'title')!;
    expect(src.slice(span.from, span.to)).toBe(" 'uno\ndos: tres'");
  });

  it('ends a plain value before the next key, keeping indented lines with it', () => {
    const src = 'a: uno\n  dos\nb: tres\n';
    const span = topLevelValueSpan(src, 'a')!;
    expect(src.slice(span.from, span.to)).toBe(' uno\n  dos');
    expect(topLevelValueSpan(src, 'zz')).toBeNull();
  });

  it('takes the last line of the key, and not a longer key the name starts', () => {
    const src = 'a: cero\na:\r\n  - uno\nb: dos\nab: tres\na:b: cuatro\n';
    const span = topLevelValueSpan(src, 'a')!;
    expect(src.slice(span.from, span.to)).toBe('\r\n  - uno');
  });
});
