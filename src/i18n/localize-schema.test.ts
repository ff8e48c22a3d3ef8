import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../core/post';
import { defaultPostsCollection } from '../core/schema';
import type { Collection, Field } from '../core/schema';
import { validatePost } from '../core/validate';
import { configMessagesFor, localizeCollection, validationMessagesFor } from './localize-schema';
import { formatMessage } from './translate';
import type { Lang, TFunction } from './translate';
import { SAMPLE_POST } from '../../fixtures/paths.mjs';
import { loadDecapConfig } from '../core/schema-load';

const tIn =
  (lang: Lang): TFunction =>
  (key, params) =>
    formatMessage(lang, key, params);
const labels = (fields: Field[]): string[] =>
  fields.flatMap((f) => [f.label ?? f.name, ...labels(f.fields ?? [])]);
const sample = readFileSync(SAMPLE_POST, 'utf8');

describe('localizeCollection', () => {
  it('translates the built-in labels and hints into Spanish', () => {
    const es = localizeCollection(defaultPostsCollection, tIn('es'));
    expect(labels(es.fields)).toEqual(
      expect.arrayContaining(['Título', 'Introducción', 'Fecha', 'Categorías']),
    );
    expect(labels(es.fields)).toEqual(expect.arrayContaining(['URL de la imagen', 'Pie de foto']));
    const title = es.fields.find((f) => f.name === 'title');
    expect(title?.hint).toBe(
      'La página de la entrada muestra solo los primeros 42 caracteres del título.',
    );
    expect(es.fields.find((f) => f.name === 'single_image')?.label_singular).toBe('Imagen');
  });

  it('leaves the English collection exactly as the core has it', () => {
    expect(localizeCollection(defaultPostsCollection, tIn('en'))).toEqual(defaultPostsCollection);
  });

  it('keeps the labels a loaded config chose, even for built-in field names', () => {
    const custom: Collection = {
      ...defaultPostsCollection,
      fields: [
        { name: 'title', label: 'Titular', widget: 'string' },
        { name: 'author', label: 'Title', widget: 'string' },
      ],
    };
    expect(labels(localizeCollection(custom, tIn('es')).fields)).toEqual(['Titular', 'Title']);
  });
});

describe('core sentences in Spanish', () => {
  it('validates the blog’s real post with Spanish labels and sentences', () => {
    const post = parsePost(sample);
    const collection = localizeCollection(defaultPostsCollection, tIn('es'));
    const issues = validatePost(collection, post.data, {
      filename: '2016-06-04-montevideo.md',
      messages: validationMessagesFor('es'),
    });
    const messages = issues.map((i) => i.message);
    const length = [...String(post.data.title)].length;
    expect(messages).toContain(
      `El título tiene ${length} caracteres; la página de la entrada muestra solo los primeros 42.`,
    );
    expect(messages.some((m) => m.startsWith('El nombre del archivo dice 2016-06-04'))).toBe(true);
    const empty = validatePost(
      collection,
      { title: '' },
      { messages: validationMessagesFor('es') },
    );
    expect(empty.map((i) => i.message)).toContain('El campo «Título» es obligatorio.');
  });

  it('reports Decap config problems in Spanish', () => {
    const config = 'collections:\n  - name: pages\n    label: Páginas\n    files: []\n';
    const loaded = loadDecapConfig(config, { messages: configMessagesFor('es') });
    expect(loaded.notices).toEqual([
      'El archivo de configuración no define media_folder, así que las imágenes no tienen carpeta.',
      'La colección «Páginas» lista archivos sueltos; Pluma solo edita colecciones de carpeta, así que se omitió.',
    ]);
    expect(loadDecapConfig(config).notices[0]).toMatch(/^The config file sets no media_folder/);
  });
});
