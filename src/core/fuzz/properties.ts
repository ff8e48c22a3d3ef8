/**
 * The core's fuzzed laws, shared by the quick run in the unit suite (`properties.test.ts`) and
 * the long run (`run-fuzz.ts`). Each check throws on a broken law, so fast-check shrinks it.
 */
import fc from 'fast-check';
import { deepEqual, getIn, withPath } from '../post-data.ts';
import { fieldEdit, parsePost, serializePost, setField } from '../post.ts';
import type { Post } from '../post.ts';
import { splitBlocks } from '../render/blocks.ts';
import { createIncrementalRenderer } from '../render/incremental.ts';
import type { RenderOptions } from '../render/options.ts';
import { renderMarkdown } from '../render/render-markdown.ts';
import { typeIntoBlock, type ShownDocument } from '../render/typing.ts';
import { EditedText } from '../edited-text.ts';
import {
  anyUnicode,
  applyEdit,
  docEdits,
  fieldValue,
  hostileLink,
  markdownDoc,
  repetitiveDoc,
  typingEdits,
  yamlishPost,
  type TypingEdit,
} from './arbitraries.ts';

/** A named property and its share of the long run's cases. */
export interface FuzzProperty {
  name: string;
  property: fc.IRawProperty<unknown[], false>;
  /** Cases in the long run (before scaling). */
  longRuns: number;
}

/** Counts of `setField` outcomes, to show the law is not vacuous (mutated by the checks). */
export const setFieldOutcomes = { edited: 0, unchanged: 0, refused: 0 };

function fail(message: string): never {
  throw new Error(message);
}

/** Checks the laws of `parsePost` / `serializePost` on `text`; returns the post. */
export function checkRoundTrip(text: string): Post {
  const post = parsePost(text);
  if (post.text !== text) fail('post.text differs from the input');
  if (serializePost(post) !== text) fail('serializePost is not the identity');
  if (post.body !== text.slice(post.ranges.body.from)) fail('body is not the text after the block');
  if (post.ranges.body.to !== text.length) fail('body range does not end at the text end');
  for (const e of post.errors) {
    if (!(e.line >= 1 && e.column >= 1) || e.message === '') fail(`bad error ${JSON.stringify(e)}`);
  }
  if (({} as Record<string, unknown>).polluted !== undefined) fail('Object.prototype polluted');
  return post;
}

/** Returns the path a pick chooses: an existing key, a nested one, or a new key. */
function choosePath(post: Post, pick: number): (string | number)[] {
  const keys = Object.keys(post.data);
  if (keys.length === 0 || pick % 4 === 3) return ['zz_nuevo'];
  const key = keys[pick % keys.length];
  const sub = post.data[key];
  if (pick % 4 === 2 && sub !== null && typeof sub === 'object') {
    const inner = Array.isArray(sub) ? Object.keys(sub).slice(0, 1).map(Number) : Object.keys(sub);
    if (inner.length > 0) return [key, inner[0]];
  }
  return [key];
}

/**
 * Checks the setField law on `text`: it refuses with a plain Error and a sentence, or changes nothing, or
 * makes one edit inside the front matter (or prepends a block) after which the body is the
 * same, the text still round-trips and the data reads back as asked.
 */
export function checkSetField(text: string, pick: number, value: unknown): void {
  const post = checkRoundTrip(text);
  const path = choosePath(post, pick);
  let edit: ReturnType<typeof fieldEdit>;
  try {
    edit = fieldEdit(post, path, value);
  } catch (err) {
    // The documented refusal is a plain Error with a sentence; a TypeError or RangeError is a bug.
    if (!(err instanceof Error) || err.constructor !== Error || !/\w.*[.!]$/.test(err.message)) {
      throw err;
    }
    setFieldOutcomes.refused++;
    return;
  }
  const next = setField(post, path, value);
  if (edit === null) {
    if (next.text !== text) fail('a null edit changed the text');
    setFieldOutcomes.unchanged++;
    return;
  }
  setFieldOutcomes.edited++;
  if (next.text !== text.slice(0, edit.from) + edit.insert + text.slice(edit.to)) {
    fail('setField text is not the edit applied');
  }
  checkRoundTrip(next.text);
  if (next.body !== post.body) fail('setField changed the body');
  const yaml = post.ranges.yaml;
  if (yaml ? edit.from < yaml.from || edit.to > yaml.to : edit.to !== edit.from) {
    fail('setField edited outside the front matter');
  }
  if (post.errors.length === 0) {
    if (next.errors.length > 0) fail('setField introduced an error');
    if (!deepEqual(next.data, withPath(post.data, path, value))) fail('data does not read back');
  } else if (!deepEqual(getIn(next.data, path), value)) {
    fail('the edited value does not read back');
  }
}

/** Checks that an incremental renderer equals the full render along a sequence of edits. */
export function checkIncremental(
  doc: string,
  edits: readonly { at: number; length: number; insert: string }[],
): void {
  const renderer = createIncrementalRenderer();
  let text = doc;
  for (const edit of [null, ...edits]) {
    if (edit) text = applyEdit(text, edit);
    const full = renderMarkdown(text);
    if (renderer.update(text).html !== full) fail(`incremental ≠ full for ${JSON.stringify(text)}`);
  }
}

/** Counts of the typing fast path's answers, to show the law is not vacuous (mutated). */
export const typingOutcomes = { taken: 0, declined: 0 };

/** Returns `body` as the worker reports it to the page (rendered with `options`). */
export function shownOf(body: string, options?: RenderOptions): ShownDocument<string> {
  const { blocks, contextFree } = createIncrementalRenderer(options).update(body);
  return {
    body,
    contextFree,
    blocks: blocks.map(({ key, html, from, to, kind, slugs }) =>
      slugs.length > 0 ? { key, html, from, to, kind, slugs } : { key, html, from, to, kind },
    ),
  };
}

/**
 * Returns an offset in the blocks of `shown` (every kind but the footnotes section):
 * `choose(n)` picks one of their `n` characters; in a body without any, it is 0. Past the
 * last one, the end of the body.
 */
export function typableOffset(shown: ShownDocument<string>, choose: (n: number) => number): number {
  const typable = shown.blocks.filter((b) => b.kind !== 'footnotes');
  const total = typable.reduce((n, b) => n + b.to - b.from, 0);
  let index = choose(total);
  for (const b of typable) {
    if (index < b.to - b.from) return b.from + index;
    index -= b.to - b.from;
  }
  return shown.body.length;
}

/**
 * Returns an offset at the edge of a block of `shown` (where an edit may join, split or reach
 * its neighbours, or change what the block is): `pick` (0..1) chooses the block and the edge,
 * which is its first character or the one after it, the end of its text, the start of its
 * trailing blank line or its end.
 */
export function edgeOffset(shown: ShownDocument<string>, pick: number): number {
  const blocks = shown.blocks.filter((b) => b.kind !== 'footnotes');
  if (blocks.length === 0) return 0;
  const n = Math.min(blocks.length * 5 - 1, Math.floor(pick * blocks.length * 5));
  const block = blocks[Math.floor(n / 5)];
  const source = shown.body.slice(block.from, block.to);
  const ink = block.from + source.length - source.replace(/^[ \t\r\n]+/, '').length;
  const text = block.from + source.replace(/[ \t\r\n]+$/, '').length;
  const edges = [ink, Math.min(ink + 1, block.to), text, Math.min(block.to, text + 1), block.to];
  return edges[n % 5];
}

/** Front matter before the body of the edited texts `checkTyping` reads. */
const FRONT_MATTER = '---\ntitle: Prueba\n---\n';

/**
 * Checks that the typing fast path, along a sequence of edits placed inside blocks or at their
 * edges, either declines or gives exactly the full render's blocks, and answers the same for
 * the texts as strings and as the editor's edited texts.
 */
export function checkTyping(doc: string, edits: readonly TypingEdit[]): void {
  let shown = shownOf(doc);
  // The same texts as the editor hands them over: a post's body, as a view of its whole text
  // edited key by key (edited-text.ts). The fast path must answer for them as for the strings.
  let whole = EditedText.of(FRONT_MATTER + doc);
  for (const edit of edits) {
    const offset = edit.edge
      ? edgeOffset(shown, edit.at)
      : typableOffset(shown, (total) => Math.floor(edit.at * total));
    const next = shown.body.slice(0, offset) + edit.insert + shown.body.slice(offset + edit.length);
    const typed = typeIntoBlock(shown, next);
    const at = FRONT_MATTER.length + offset;
    const edited = whole.edit(at, Math.min(at + edit.length, whole.length), edit.insert);
    const body = whole.view(FRONT_MATTER.length);
    const typedEdited = typeIntoBlock({ ...shown, body }, edited.view(FRONT_MATTER.length));
    whole = edited;
    if (JSON.stringify(typedEdited) !== JSON.stringify(typed)) {
      fail(
        `fast path on edited text ≠ on strings: ${JSON.stringify(shown.body)} → ${JSON.stringify(next)}`,
      );
    }
    const full = shownOf(next);
    if (typed) {
      typingOutcomes.taken++;
      if (JSON.stringify(typed) !== JSON.stringify(full.blocks)) {
        fail(`fast path ≠ full render for ${JSON.stringify(shown.body)} → ${JSON.stringify(next)}`);
      }
      shown = { ...full, blocks: typed };
    } else {
      typingOutcomes.declined++;
      shown = full;
    }
  }
}

/** Checks that any text splits into blocks covering it exactly and renders without throwing. */
export function checkRenderAnyText(text: string): void {
  const blocks = splitBlocks(text);
  if (blocks.map((b) => b.source).join('') !== text) fail('blocks do not cover the text');
  renderMarkdown(text);
}

const ATTRIBUTE = /\s([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(tab|newline|colon|amp|lt|gt|quot));?/gi;
const NAMED: Record<string, string> = {
  tab: '\t',
  newline: '\n',
  colon: ':',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
};

/** Returns an attribute value as a browser reads it as a URL: entities decoded, controls gone. */
function asBrowserUrl(value: string): string {
  const decoded = value.replace(ENTITY, (_m, hex: string, dec: string, name: string) =>
    hex || dec
      ? String.fromCodePoint(Math.min(0x10ffff, Number.parseInt(hex ?? dec, hex ? 16 : 10)))
      : NAMED[name.toLowerCase()],
  );
  // eslint-disable-next-line no-control-regex
  return decoded.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
}

/** Returns what in `html` could run script (an element, a handler, a script URL), or null. */
export function scriptIn(html: string): string | null {
  const element = /<(script|iframe|object|embed|svg|form|base|meta)\b/i.exec(html);
  if (element) return `element <${element[1]}>`;
  for (const [, name, ...values] of html.matchAll(ATTRIBUTE)) {
    if (/^on/i.test(name) || name.toLowerCase() === 'style') return `attribute ${name}`;
    const url = asBrowserUrl(values.find((v) => v !== undefined) ?? '');
    if (/^(?:javascript|vbscript|data):/.test(url)) return `URL ${url}`;
  }
  return null;
}

/** Checks that the sanitized HTML of `markdown` has no script URL, handler or script element. */
export function checkNoScript(markdown: string): void {
  const html = renderMarkdown(markdown);
  const found = scriptIn(html);
  if (found) fail(`${found} in ${html}`);
}

/** Returns the properties, each with its long-run case count (about 120,000 in total). */
export function fuzzProperties(): FuzzProperty[] {
  return [
    {
      name: 'parse/serialize identity, any UTF-16 text',
      property: fc.property(
        fc.oneof(
          anyUnicode,
          anyUnicode.map((s) => `---\n${s}`),
        ),
        (text) => {
          checkRoundTrip(text);
        },
      ),
      longRuns: 40_000,
    },
    {
      name: 'parse/serialize identity, YAML-ish posts',
      property: fc.property(yamlishPost, (text) => {
        checkRoundTrip(text);
      }),
      longRuns: 30_000,
    },
    {
      name: 'setField law, YAML-ish posts',
      property: fc.property(yamlishPost, fc.nat(), fieldValue, checkSetField),
      longRuns: 20_000,
    },
    {
      name: 'splitBlocks covers / render never throws, any text',
      property: fc.property(fc.oneof(anyUnicode, markdownDoc), (text) => {
        checkRenderAnyText(text);
      }),
      longRuns: 10_000,
    },
    {
      name: 'no script URL or handler after sanitizing',
      property: fc.property(fc.array(hostileLink, { minLength: 1, maxLength: 3 }), (links) => {
        checkNoScript(links.join('\n\n'));
      }),
      longRuns: 10_000,
    },
    {
      name: 'incremental render === full render, random edits',
      property: fc.property(markdownDoc, docEdits, checkIncremental),
      longRuns: 5_000,
    },
    {
      name: 'typing fast path === full render, or declines',
      property: fc.property(fc.oneof(markdownDoc, repetitiveDoc), typingEdits, checkTyping),
      longRuns: 5_000,
    },
  ];
}
