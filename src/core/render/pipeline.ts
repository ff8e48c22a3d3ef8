/**
 * The one wrapper around unified: remark-parse → GFM (parse.ts) → Jekyll plugins → remark-rehype
 * (raw HTML kept) → rehype-raw (parse5 turns it into elements) → embeds, URLs → rehype-sanitize
 * (last before output) → rehype-stringify. The processor is built and frozen once; each call
 * passes its options and context in the file's data.
 *
 * rehype-raw is not imported here but installed (`setRawParser`, by raw-html.ts): parse5 and its
 * entity tables are more than a third of the renderer's code, and only posts with raw HTML need
 * them. The full render (render-markdown.ts) installs it as it loads; the preview's worker and
 * the page's typing fast path load it apart, and until then a render that meets raw HTML throws
 * `RawHtmlUnavailable` (the worker holds a render whose body may hold raw HTML until it has
 * come; the fast path declines).
 */
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Nodes, Root, RootContent } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype, { defaultHandlers } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { replaceEmbeds } from './embeds.ts';
import { remarkExcerptMarker } from './excerpt-marker.ts';
import { assignHeadingIds } from './heading-ids.ts';
import { remarkKramdownIal } from './ial.ts';
import { LIQUID, remarkLiquid } from './liquid.ts';
import type { ResolvedRenderOptions } from './options.ts';
import { remarkGfmSyntax } from './parse.ts';
import { previewSchema } from './schema.ts';
import { typeset } from './typography.ts';
import { resolveUrls } from './urls.ts';

/** What one render call knows about the rest of the document, and what it reports back. */
export interface RenderEnv {
  options: ResolvedRenderOptions;
  /** Render only the footnotes section of the document (the input is a synthetic document). */
  footer: boolean;
  headingCountsBefore: ReadonlyMap<string, number>;
  footnoteOrderBefore: readonly string[];
  footnoteCountsBefore: ReadonlyMap<string, number>;
  /** Out: base heading ids this fragment used, in order. */
  headingSlugs: string[];
  /** Out: footnote identifiers (upper-cased, as mdast-util-to-hast keys them) referenced, in order. */
  footnoteRefs: string[];
}

/** rehype-raw's transformer: raw HTML nodes parsed into elements (parse5). */
export type RawParser = (tree: HastRoot, file: VFile) => HastRoot;

let parseRaw: RawParser | null = null;

/** Installs the raw HTML parser (raw-html.ts) that renders of raw HTML need. */
export function setRawParser(parser: RawParser): void {
  parseRaw = parser;
}

/** Whether the raw HTML parser has been installed. */
export function hasRawParser(): boolean {
  return parseRaw !== null;
}

/** Thrown by a render that meets raw HTML before the raw HTML parser is installed. */
export class RawHtmlUnavailable extends Error {
  constructor() {
    super('the HTML parser (parse5) has not loaded: raw HTML cannot be rendered yet');
    this.name = 'RawHtmlUnavailable';
  }
}

/**
 * Whether `text` may hold raw HTML: a `<` before a letter, `/`, `!` or `?` (every HTML tag,
 * comment, declaration and processing instruction starts so; autolinks do too).
 */
export function mayHoldRawHtml(text: string): boolean {
  return /<[A-Za-z/!?]/.test(text);
}

const sanitizeTree = rehypeSanitize(previewSchema);
const ial = remarkKramdownIal();
const liquid = remarkLiquid();
const excerpt = remarkExcerptMarker();
const seeded = new WeakSet<object>();

function envOf(file: VFile | undefined): RenderEnv {
  const env = (file?.data as { pluma?: RenderEnv } | undefined)?.pluma;
  if (!env) throw new Error('render: missing render environment');
  return env;
}

function dropFootnoteDefinitions(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = (node.children as Nodes[]).filter(
    (child) => child.type !== 'footnoteDefinition',
  ) as typeof node.children;
  for (const child of node.children) dropFootnoteDefinitions(child);
}

/**
 * Applies kramdown's typography to the text of `tree`, but not inside Liquid (`{{ "a" }}` stays
 * as written): Liquid spans stand in as code while it runs, so quotes around them still pair up.
 */
function typographyOutsideLiquid(tree: Root): void {
  const lifted = liftLiquid(tree);
  typeset(tree);
  for (const parent of lifted) parent.children = mergeLiquid(parent.children);
}

const HTML_TAG = /<[^>]*>/g;

/**
 * Returns `text` with kramdown's typography (Jekyll's `smartify`): HTML tags in it are kept as
 * written, quotes around them still pair up.
 */
export function smartText(text: string): string {
  const pieces: Nodes[] = [];
  let cursor = 0;
  for (const m of text.matchAll(HTML_TAG)) {
    if (m.index > cursor) pieces.push({ type: 'text', value: text.slice(cursor, m.index) });
    pieces.push({ type: 'html', value: m[0] });
    cursor = m.index + m[0].length;
  }
  if (cursor < text.length) pieces.push({ type: 'text', value: text.slice(cursor) });
  const paragraph = { type: 'paragraph', children: pieces } as Extract<
    Nodes,
    { type: 'paragraph' }
  >;
  typeset({ type: 'root', children: [paragraph] });
  return pieces.map((node) => ('value' in node ? node.value : '')).join('');
}

const LIFTED = 'plumaLiquid';

type Parent = Extract<Nodes, { children: unknown[] }>;

/** Splits Liquid out of text nodes into marked inline code nodes; returns the parents touched. */
function liftLiquid(tree: Root): Parent[] {
  const touched: Parent[] = [];
  const walk = (node: Nodes) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    if (children.some((c) => c.type === 'text' && c.value.includes('{'))) {
      const next: Nodes[] = [];
      for (const child of children) {
        if (child.type !== 'text') {
          next.push(child);
          continue;
        }
        let cursor = 0;
        for (const m of child.value.matchAll(LIQUID)) {
          if (m.index > cursor)
            next.push({ type: 'text', value: child.value.slice(cursor, m.index) });
          next.push({ type: 'inlineCode', value: m[0], data: { [LIFTED]: true } as object });
          cursor = m.index + m[0].length;
        }
        if (cursor < child.value.length)
          next.push({ type: 'text', value: child.value.slice(cursor) });
      }
      if (next.length !== children.length) {
        (node as Parent).children = next as Parent['children'];
        touched.push(node as Parent);
      }
    }
    for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return touched;
}

/** Joins lifted Liquid back into its neighbouring text, as one text node per run. */
function mergeLiquid(children: readonly Nodes[]): Parent['children'] {
  const out: Nodes[] = [];
  for (const child of children) {
    const lifted =
      child.type === 'inlineCode' && (child.data as Record<string, unknown> | undefined)?.[LIFTED];
    const value = child.type === 'text' || lifted ? (child as { value: string }).value : null;
    const last = out.at(-1);
    if (value === null) out.push(child);
    else if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  }
  return out as Parent['children'];
}

function remarkPluma() {
  return (tree: Root, file: VFile) => {
    const env = envOf(file);
    // Footnote definitions render once, in the document's footer, never inside a block.
    if (!env.footer) dropFootnoteDefinitions(tree);
    if (!env.options.jekyll) return;
    ial(tree);
    typographyOutsideLiquid(tree);
    liquid(tree);
    excerpt(tree);
    assignHeadingIds(tree, { before: env.headingCountsBefore, used: env.headingSlugs });
  };
}

function hasRaw(node: HastNodes): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(hasRaw));
}

/**
 * rehype-raw when sanitizing, and only on trees with raw HTML (parse5 would just rebuild the
 * many blocks without any). Unsanitized renders keep raw HTML verbatim, as CommonMark prints it:
 * an HTML5 parser closes open tags and drops stray end tags, which the spec's output does not.
 */
function rehypeRawWhenPresent() {
  return (tree: HastRoot, file: VFile): HastRoot => {
    if (!envOf(file).options.sanitize || !hasRaw(tree)) return tree;
    if (!parseRaw) throw new RawHtmlUnavailable();
    return parseRaw(tree, file);
  };
}

function rehypePluma() {
  return (tree: HastRoot, file: VFile): void => {
    const env = envOf(file);
    if (env.footer) {
      tree.children = tree.children.filter(
        (node) => node.type === 'element' && node.properties.dataFootnotes !== undefined,
      );
    }
    replaceEmbeds(tree);
    if (env.options.jekyll) resolveUrls(tree, env.options.siteUrl);
  };
}

/** rehype-sanitize with the preview's schema, unless the call turned sanitizing off. */
function rehypeSanitizeWhenAsked() {
  return (tree: HastRoot, file: VFile): HastRoot =>
    envOf(file).options.sanitize ? sanitizeTree(tree) : tree;
}

const footnoteReference: typeof defaultHandlers.footnoteReference = (state, node) => {
  const env = envOf(state.options.file ?? undefined);
  // Numbering continues from the blocks before this one, so seed the converter's state once.
  if (!seeded.has(state)) {
    seeded.add(state);
    state.footnoteOrder.push(...env.footnoteOrderBefore);
    for (const [id, count] of env.footnoteCountsBefore) state.footnoteCounts.set(id, count);
  }
  env.footnoteRefs.push(String(node.identifier).toUpperCase());
  return defaultHandlers.footnoteReference(state, node);
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfmSyntax)
  .use(remarkPluma)
  .use(remarkRehype, { allowDangerousHtml: true, handlers: { footnoteReference } })
  .use(rehypeRawWhenPresent)
  .use(rehypePluma)
  // Last before output: nothing after it may add markup.
  .use(rehypeSanitizeWhenAsked)
  // Raw nodes reach the output only when sanitizing is off (the sanitizer drops them).
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

// The parse alone lives in parse.ts (the editor needs it before the renderer loads).
export { parseMarkdown } from './parse.ts';

/** A Markdown fragment parsed for rendering with its environment (see `renderParsed`). */
export interface ParsedFragment {
  tree: Root;
  file: VFile;
}

/** Parses a Markdown fragment for `renderParsed`; its tree may be inspected first, not changed. */
export function parseFragment(markdown: string, env: RenderEnv): ParsedFragment {
  const file = fragmentFile(markdown, env);
  return { tree: processor.parse(file), file };
}

/** Returns the file a fragment renders in: its text, and its environment in the file's data. */
function fragmentFile(markdown: string, env: RenderEnv): VFile {
  return new VFile({ value: markdown, data: { pluma: env } });
}

/**
 * Returns `nodes`, parsed from `markdown` as part of a longer text, as the fragment
 * `parseFragment(markdown, env)` would give when they are what that text parses to alone (the
 * caller's to know); the nodes are used up by the render.
 */
export function parsedFragment(
  markdown: string,
  nodes: RootContent[],
  env: RenderEnv,
): ParsedFragment {
  return { tree: { type: 'root', children: nodes }, file: fragmentFile(markdown, env) };
}

/** Returns the HTML of a parsed fragment (fills its env's out fields); uses the tree up. */
export function renderParsed({ tree, file }: ParsedFragment): string {
  return String(processor.stringify(processor.runSync(tree, file), file));
}

/** Returns the HTML of a Markdown fragment rendered with `env` (fills the env's out fields). */
export function renderWithEnv(markdown: string, env: RenderEnv): string {
  return renderParsed(parseFragment(markdown, env));
}
