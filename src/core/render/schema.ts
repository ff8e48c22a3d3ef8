/**
 * The sanitizer's schema: GitHub's (rehype-sanitize's default) plus only what the preview needs.
 * Added: `class` on any element (IALs, task lists, code languages), `target` on links (from
 * `{:target="_blank"}`), `figure`/`figcaption` (posts' image captions), and the data attributes
 * of the preview's own placeholders. Ids are not prefixed ("clobbered"): the preview runs in a
 * sandboxed iframe without scripts, and kramdown-style heading ids must match the `#anchors`
 * posts link to.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as Schema } from 'rehype-sanitize';

type Attributes = NonNullable<Schema['attributes']>;

// A tag's own `className` rule wins over the `*` one, so drop the tag rules that pin values.
const base: Attributes = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [
    tag,
    (list ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
  ]),
);

/** The schema used by the preview's sanitizer. */
export const previewSchema: Schema = {
  ...defaultSchema,
  // `name` stays prefixed: Document's named properties override its built-ins
  // (`<img name="body">` would shadow `document.body`, which the app reads in the frame).
  clobber: ['name', 'ariaDescribedBy', 'ariaLabelledBy'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript'],
  attributes: {
    ...base,
    a: [...(base.a ?? []), ['target', '_blank', '_self', '_parent', '_top']],
    div: [...(base.div ?? []), 'dataLiquid', 'dataEmbed'],
    span: [...(base.span ?? []), 'dataLiquid', 'dataLabel', 'dataEmbed'],
    hr: [...(base.hr ?? []), 'dataLabel'],
    '*': [...(base['*'] ?? []), 'className'],
  },
};
