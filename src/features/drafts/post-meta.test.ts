import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPostMetaReader, postMetaOf } from './post-meta';
import { SAMPLE_POST } from '../../../fixtures/paths.mjs';

const sample = readFileSync(SAMPLE_POST, 'utf8');

describe('postMetaOf', () => {
  it('reads the sample post’s title and Jekyll filename', () => {
    expect(postMetaOf(sample)).toEqual({
      title:
        'Encuentro Regional de la Alianza para el Gobierno Abierto: Historias que contar desde Montevideo',
      filename: '2016-06-03-encuentro-regional-de-la-alianza-para-el-gobierno-abierto.md',
    });
  });

  it('gives an empty title for a post without front matter or with a broken one', () => {
    expect(postMetaOf('# Sólo cuerpo\n').title).toBe('');
    expect(postMetaOf('---\ntitle: [roto\n---\n').title).toBe('');
  });
});

describe('createPostMetaReader', () => {
  it('follows title edits but does not reparse when only the body changes', () => {
    const read = createPostMetaReader();
    const first = read(sample);
    expect(read(`${sample}\nOtro párrafo.\n`)).toBe(first);
    const retitled = sample.replace('title:  "Encuentro', 'title:  "Reunión');
    expect(read(retitled).title).toMatch(/^Reunión Regional/);
  });
});
