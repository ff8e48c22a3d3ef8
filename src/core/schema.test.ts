import { describe, expect, it } from 'vitest';
import {
  defaultPostsCollection,
  fieldLabel,
  fieldsForData,
  isRequired,
  listItems,
  selectOptions,
} from './schema';
import type { Field } from './schema';
import { loadDecapConfig } from './schema-load';

const CONFIG = `# Decap CMS config for the blog
backend:
  name: git-gateway
  branch: master
locale: es
media_folder: "assets/images/uploads"
public_folder: "/assets/images/uploads"

collections:
  - name: "posts"
    label: "Posts"
    folder: "_posts"
    create: true
    slug: "{{year}}-{{month}}-{{day}}-{{slug}}"
    media_folder: "/assets/images/{{year}}/{{month}}"
    fields:
      - {label: "Layout", name: "layout", widget: "hidden", default: "post"}
      - label: "Title"
        name: "title"
        widget: "string"
        pattern: ['.{5,}', "Must have at least 5 characters"]
        hint: "Short, please"
      - {label: "Intro", name: "intro", widget: "text", required: false}
      - {label: "Date", name: "date", widget: "datetime", format: "YYYY-MM-DD HH:mm:ss ZZ"}
      - {label: "Published on", name: "published_on", widget: "date"}
      - {label: "Highlighted", name: "highlighted", widget: "boolean", default: false}
      - {label: "Priority", name: "priority", widget: "number", value_type: "int", min: 1, max: 5}
      - label: "Status"
        name: "status"
        widget: "select"
        multiple: true
        min: 1
        options:
          - "draft"
          - { label: "Ready for review", value: "review" }
      - {label: "Categories", name: "categories", widget: "list", required: false}
      - label: "Authors"
        name: "authors"
        widget: "list"
        field: {label: "Author", name: "author", widget: "string"}
      - label: "Images"
        name: "single_image"
        widget: "list"
        fields:
          - {label: "Image URL", name: "img", widget: "image", choose_url: true}
          - {label: "Caption", name: "caption", widget: "string", required: false}
      - label: "SEO"
        name: "seo"
        widget: "object"
        collapsed: true
        fields:
          - {label: "Description", name: "description", widget: "text"}
      - {label: "Related", name: "related", widget: "relation", collection: "posts", search_fields: ["title"], value_field: "title"}
      - {label: "Place", name: "place", widget: "map"}
      - {label: "Sections", name: "sections", widget: "list", types: [{name: a, widget: object, fields: []}]}
      - {label: "Body", name: "body", widget: "markdown"}
  - name: "pages"
    label: "Pages"
    files:
      - {file: "about.md", name: "about", fields: [{name: title}]}
  - name: "broken"
    fields: []
`;

const byName = (fields: Field[], name: string) => fields.find((f) => f.name === name)!;

describe('loadDecapConfig', () => {
  const { collections, notices, errors } = loadDecapConfig(CONFIG);
  const posts = collections[0];

  it('reads folder collections with their own media folder', () => {
    expect(collections.map((c) => c.name)).toEqual(['posts']);
    expect(posts).toMatchObject({
      label: 'Posts',
      folder: '_posts',
      create: true,
      slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
      media_folder: '/assets/images/{{year}}/{{month}}',
      public_folder: '/assets/images/uploads',
      lang: 'es',
    });
  });

  it('keeps every supported widget with its options', () => {
    const f = posts.fields;
    expect(byName(f, 'layout')).toMatchObject({ widget: 'hidden', default: 'post' });
    expect(byName(f, 'title')).toMatchObject({
      pattern: ['.{5,}', 'Must have at least 5 characters'],
      hint: 'Short, please',
    });
    expect(isRequired(byName(f, 'title'))).toBe(true);
    expect(isRequired(byName(f, 'intro'))).toBe(false);
    expect(byName(f, 'date')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD HH:mm:ss ZZ',
    });
    expect(byName(f, 'published_on').widget).toBe('date');
    expect(byName(f, 'highlighted')).toMatchObject({ widget: 'boolean', default: false });
    expect(byName(f, 'priority')).toMatchObject({ value_type: 'int', min: 1, max: 5 });
    expect(selectOptions(byName(f, 'status'))).toEqual([
      { label: 'draft', value: 'draft' },
      { label: 'Ready for review', value: 'review' },
    ]);
    expect(byName(f, 'status')).toMatchObject({ multiple: true, min: 1 });
    expect(byName(f, 'categories')).toMatchObject({ widget: 'list' });
    expect(byName(f, 'categories').field).toBeUndefined();
    expect(byName(f, 'authors').field).toMatchObject({ name: 'author', widget: 'string' });
    expect(byName(f, 'single_image').fields?.map((x) => [x.name, x.widget])).toEqual([
      ['img', 'image'],
      ['caption', 'string'],
    ]);
    expect(byName(f, 'seo')).toMatchObject({ widget: 'object', collapsed: true });
    expect(byName(f, 'seo').fields?.[0].name).toBe('description');
    expect(byName(f, 'body').widget).toBe('markdown');
  });

  it('falls back to raw YAML for widgets Pluma does not draw, with a notice each', () => {
    expect(byName(posts.fields, 'related')).toMatchObject({
      widget: 'raw',
      source_widget: 'relation',
    });
    expect(byName(posts.fields, 'place').widget).toBe('raw');
    expect(byName(posts.fields, 'sections').widget).toBe('raw');
    expect(notices.filter((n) => n.includes('raw YAML'))).toHaveLength(3);
    expect(notices.some((n) => n.includes('"Related"') && n.includes('"relation"'))).toBe(true);
    expect(notices.some((n) => n.includes('"Pages"') && n.includes('single files'))).toBe(true);
  });

  it('reports collections it cannot use', () => {
    expect(errors).toEqual(['Collection "broken" names no folder, so it was skipped.']);
  });

  it('reports YAML and shape problems as errors', () => {
    expect(loadDecapConfig('collections: [').errors.length).toBeGreaterThan(0);
    expect(loadDecapConfig('- a\n- b').errors).toContain(
      'The config file does not hold a YAML map of settings.',
    );
    const noFolder = loadDecapConfig('collections: []');
    expect(noFolder.notices[0]).toMatch(/media_folder/);
    const bad = loadDecapConfig(
      'media_folder: x\ncollections:\n  - {name: p, folder: _p, fields: [{widget: string}, {name: t, pattern: ["(", "x"]}]}',
    );
    expect(bad.errors).toHaveLength(2);
    expect(bad.collections[0].fields.map((f) => [f.name, f.pattern])).toEqual([['t', undefined]]);
  });
});

describe('defaultPostsCollection', () => {
  it('carries the labels of the UI contract', () => {
    const labels = defaultPostsCollection.fields.map(fieldLabel);
    for (const l of ['Title', 'Intro', 'Date', 'Categories']) expect(labels).toContain(l);
    const images = byName(defaultPostsCollection.fields, 'single_image');
    expect(images.fields?.map(fieldLabel)).toEqual(['Image URL', 'Caption']);
    expect(defaultPostsCollection).toMatchObject({
      folder: '_posts',
      slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
      media_folder: 'assets/images/{{year}}/{{month}}',
      lang: 'es',
    });
  });

  it('requires only layout, title and date (Decap default: required unless false)', () => {
    const required = defaultPostsCollection.fields.filter(isRequired).map((f) => f.name);
    expect(required).toEqual(['layout', 'title', 'date']);
  });
});

describe('fieldsForData', () => {
  it('binds schema fields and keeps unknown keys under Other fields, in order', () => {
    const data = { layout: 'post', title: 'T', author: { name: 'Ana' }, date: '2016-06-03', x: 1 };
    const { fields, others } = fieldsForData(defaultPostsCollection, data);
    expect(fields.map((b) => b.field.name)).not.toContain('body');
    expect(fields.find((b) => b.key === 'title')).toMatchObject({ value: 'T', present: true });
    expect(fields.find((b) => b.key === 'intro')).toMatchObject({ present: false });
    expect(others).toEqual([
      { key: 'author', value: { name: 'Ana' } },
      { key: 'x', value: 1 },
    ]);
  });

  it('binds Categories to an older singular category key', () => {
    const { fields, others } = fieldsForData(defaultPostsCollection, { category: 'politica' });
    expect(fields.find((b) => b.field.name === 'categories')).toMatchObject({
      key: 'category',
      value: 'politica',
      present: true,
    });
    expect(others).toEqual([]);
  });

  it('leaves category under Other fields when categories is there too', () => {
    const data = { categories: ['a'], category: 'b' };
    const { fields, others } = fieldsForData(defaultPostsCollection, data);
    expect(fields.find((b) => b.field.name === 'categories')?.key).toBe('categories');
    expect(others).toEqual([{ key: 'category', value: 'b' }]);
  });
});

describe('listItems', () => {
  it('reads lists, single strings and empty values', () => {
    expect(listItems(['Política', null, 'Datos'])).toEqual(['Política', 'Datos']);
    expect(listItems('Actualidad')).toEqual(['Actualidad']);
    expect(listItems(null)).toEqual([]);
    expect(listItems('  ')).toEqual([]);
    expect(listItems(2013)).toEqual(['2013']);
  });
});
