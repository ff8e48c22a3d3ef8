/**
 * Collections and fields (Decap CMS vocabulary) and the default `posts` collection of the blog.
 * This is the module the rest of the app imports; the pieces live in `schema-*.ts`.
 */
import type { Collection } from './schema-types';

export * from './schema-types';
// The config loader (`schema-load.ts`) reads YAML: import it where a config is loaded.
export { configMessages } from './schema-messages';
export { fieldsForData, listItems } from './schema-data';
export type { BoundField } from './schema-data';

/** How many characters of a title the blog's post layout shows. */
export const TITLE_SHOWN_LENGTH = 42;

/**
 * The blog's posts, as its `_layouts/post.html` uses them. Labels are a UI contract (Title,
 * Intro, Date, Categories, Image URL, Caption): end-to-end checks find the inputs by them.
 *
 * Categories: the blog writes a list (`- Política`), a single string (`categories: Proyecto`),
 * an empty value (`categories: `) or, in older posts, a singular `category:` key. The field is a
 * list of strings that reads all of them (`listItems`) and binds to `category` when a post has
 * only that key (`aliases`, see `fieldsForData`), so nothing is renamed behind the writer's back.
 */
export const defaultPostsCollection: Collection = {
  name: 'posts',
  label: 'Posts',
  label_singular: 'Post',
  folder: '_posts',
  create: true,
  slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
  extension: 'md',
  format: 'frontmatter',
  identifier_field: 'title',
  media_folder: 'assets/images/{{year}}/{{month}}',
  lang: 'es',
  fields: [
    { name: 'layout', label: 'Layout', widget: 'select', options: ['post'], default: 'post' },
    {
      name: 'title',
      label: 'Title',
      widget: 'string',
      hint: `The post page shows only the first ${TITLE_SHOWN_LENGTH} characters of the title.`,
    },
    {
      name: 'intro',
      label: 'Intro',
      widget: 'text',
      required: false,
      hint: 'Shown on the home page, in post previews (first 112 characters) and in the feed.',
    },
    { name: 'date', label: 'Date', widget: 'datetime', format: 'YYYY-MM-DD HH:mm:ss ZZ' },
    {
      name: 'categories',
      label: 'Categories',
      widget: 'list',
      required: false,
      aliases: ['category'],
    },
    {
      name: 'highlighted',
      label: 'Highlighted',
      widget: 'boolean',
      required: false,
      default: false,
      hint: 'Highlighted posts are listed first on the home page.',
    },
    { name: 'share_message', label: 'Share message', widget: 'string', required: false },
    {
      name: 'single_image',
      label: 'Images',
      label_singular: 'Image',
      widget: 'list',
      required: false,
      hint: 'One image shows with its caption; two or more make a carousel.',
      fields: [
        { name: 'img', label: 'Image URL', widget: 'image' },
        { name: 'caption', label: 'Caption', widget: 'string', required: false },
      ],
    },
    {
      name: 'video',
      label: 'Video',
      widget: 'string',
      required: false,
      hint: 'A YouTube video, shown when the post has no image.',
    },
    { name: 'body', label: 'Body', widget: 'markdown', required: false },
  ],
};
