/**
 * The post model: a post is its exact text; data, body, ranges and errors are derived from it, and
 * field edits are minimal text edits of it (see DESIGN.md, "One source of truth").
 */
import { readFrontMatter, splitFrontMatter } from './front-matter.ts';
import { detectEol, lineColumn, loneCrToLf } from './text.ts';
import type { Eol } from './text.ts';
import { editField, recalledYaml, rememberYaml } from './post-edit.ts';
import { explainProblems } from './yaml-problems.ts';
import type { YamlResult } from './yaml-doc.ts';
import { diffTexts, EditedText } from './edited-text.ts';
import { keepText, textOf } from './post-text.ts';

/**
 * A problem in a post's front matter; line and column are 1-based, in the file's lines, at the
 * place the problem starts. `message` is English (the YAML parser's own words for YAML errors);
 * `code` says what it is for a UI to word it: `UNTERMINATED`, `CODE_LANGUAGE`,
 * `UNKNOWN_LANGUAGE`, or a YAML code of `explainProblems`. `detail` is the key or language it
 * names, when it names one; `fix` the one edit that fixes it, when there is one.
 */
export interface PostError {
  message: string;
  line: number;
  column: number;
  kind: 'yaml' | 'front-matter-language' | 'unterminated';
  code: string;
  detail?: string;
  /** The edit of `post.text` that fixes this problem, when one is known (`QUOTES_INSIDE`). */
  fix?: TextEdit;
}

/** Where the parts of a post sit in `post.text` (UTF-16 offsets). */
export interface PostRanges {
  /** The whole block, fences included, or null when the post has none. */
  frontMatter: { from: number; to: number } | null;
  /** The YAML source between the fences. */
  yaml: { from: number; to: number } | null;
  body: { from: number; to: number };
}

/** A parsed post. `text` is exactly the input; everything else is derived from it. */
export interface Post {
  readonly text: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
  readonly errors: readonly PostError[];
  readonly ranges: PostRanges;
  /** The front matter's language: 'yaml' for a bare `---`, 'js' for `---js`; null without one. */
  readonly language: string | null;
  readonly eol: '\n' | '\r\n' | '\r';
  readonly bom: boolean;
}

/** A change of `post.text`: replace `from`..`to` with `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/**
 * Returns the post read from `text`. Never throws: broken or unsupported front matter gives
 * `errors` (with file positions) and empty or partial `data`; the text is kept as it is.
 */
export function parsePost(text: string): Post {
  const split = splitFrontMatter(text);
  const eol: Eol = detectEol(text);
  const start = split.bom ? 1 : 0;
  const at = (offset: number) => lineColumn(text, offset);
  const block = split.block;
  if (!block) {
    const errors: PostError[] = split.unterminated
      ? [
          {
            kind: 'unterminated',
            code: 'UNTERMINATED',
            message: 'The front matter opened with "---" is never closed by a "---" line.',
            ...at(start),
          },
        ]
      : [];
    const ranges = { frontMatter: null, yaml: null, body: { from: start, to: text.length } };
    return freeze(text, {}, errors, ranges, null, eol, split.bom);
  }
  const ranges = {
    frontMatter: block.frontMatter,
    yaml: block.yaml,
    body: { from: block.frontMatter.to, to: text.length },
  };
  const src = loneCrToLf(text.slice(block.yaml.from, block.yaml.to));
  const read = readFrontMatter(block.language, src);
  if (!read.ok) {
    const error: PostError = {
      kind: 'front-matter-language',
      code: read.code,
      detail: block.language,
      message: read.message,
      ...at(block.languageAt),
    };
    return freeze(text, {}, [error], ranges, block.language, eol, split.bom);
  }
  const base = block.yaml.from;
  const errors = explainProblems(src, read.yaml.errors).map(
    ({ code, detail, fix, message, offset }): PostError => ({
      kind: 'yaml',
      code,
      ...(detail === undefined ? {} : { detail }),
      ...(fix ? { fix: { from: base + fix.from, to: base + fix.to, insert: fix.insert } } : {}),
      message,
      ...at(base + offset),
    }),
  );
  const post = freeze(text, read.yaml.data, errors, ranges, block.language, eol, split.bom);
  rememberYaml(post, read.yaml);
  return post;
}

/**
 * Returns the post, frozen. Of an edited text (edited-text.ts, the editor's), its `text` and
 * `body` strings are made when first read, and `textOf`/`bodyOf` (post-text.ts) read them in
 * pieces meanwhile.
 */
function freeze(
  text: string | EditedText,
  data: Record<string, unknown>,
  errors: PostError[],
  ranges: PostRanges,
  language: string | null,
  eol: Eol,
  bom: boolean,
): Post {
  if (typeof text === 'string') {
    const body = text.slice(ranges.body.from);
    return Object.freeze({ text, data, body, errors, ranges, language, eol, bom });
  }
  let body: string | null = null;
  const post: Post = Object.freeze({
    get text() {
      return text.toString();
    },
    data,
    get body() {
      return (body ??= text.toString().slice(ranges.body.from));
    },
    errors,
    ranges,
    language,
    eol,
    bom,
  });
  keepText(post, text);
  return post;
}

/**
 * Returns the post read from `text`, equal to `parsePost(text)`, reusing `previous`'s front matter
 * (data, errors, YAML) when everything up to the body is unchanged: typing in the body then costs
 * no YAML parse, and `data` keeps its identity, so views of the front matter need not update.
 *
 * `text` may be the editor's edited text (edited-text.ts): then, while the front matter is
 * reused, the post's `text` and `body` are made only when first read, and `textOf` and `bodyOf`
 * (post-text.ts) read them in pieces. A key typed in the body then copies nothing of the post,
 * and one typed in the front matter's YAML has that alone parsed again (`parseFrontMatterOnly`).
 */
export function reparsePost(previous: Post, text: string | EditedText): Post {
  const block = previous.ranges.frontMatter;
  const yaml = recalledYaml(previous);
  const end = block?.to ?? -1;
  const before = textOf(previous);
  const strings = typeof text === 'string' && typeof before === 'string';
  // Where an edited text changed (two strings are only asked whether the front matter is).
  const diff = block === null || strings ? null : diffTexts(before, text);
  // The closing fence must end in "\n" (a lone "\r" could still become "\r\n") and be unchanged.
  const reusable =
    block !== null &&
    yaml !== undefined &&
    end > 0 &&
    before.charAt(end - 1) === '\n' &&
    text.length >= end &&
    (diff ? diff.head >= end : text.toString().startsWith(before.toString().slice(0, end)));
  if (reusable) return withFrontMatterOf(previous, yaml, text, end);
  // Typed in the front matter's YAML: that alone is read again, up to its end moved by the edit.
  const inYaml = previous.ranges.yaml;
  if (block && inYaml && diff && text instanceof EditedText) {
    if (diff.head >= inYaml.from && before.length - diff.tail <= inYaml.to) {
      const next = parseFrontMatterOnly(text, end + text.length - before.length);
      if (next) return next;
    }
  }
  return parsePost(text.toString());
}

/**
 * Returns the post of `text` whose front matter is `source`'s, ending at `end` (data, errors,
 * ranges, and `yaml`, the YAML parse recorded for `source` if any), and whose body is the rest
 * of `text`.
 */
function withFrontMatterOf(
  source: Post,
  yaml: YamlResult | undefined,
  text: string | EditedText,
  end: number,
): Post {
  const ranges = { ...source.ranges, body: { from: end, to: text.length } };
  const { data, errors, language, eol, bom } = source;
  const post = freeze(text, data, errors as PostError[], ranges, language, eol, bom);
  if (yaml) rememberYaml(post, yaml);
  return post;
}

/** Returns the text to save for `post`: its text, byte for byte. */
export function serializePost(post: Post): string {
  return post.text;
}

/**
 * Returns the smallest edit of `post.text` that sets `path` to `value` (`undefined` removes it),
 * or null when nothing changes. Throws a clear Error when the edit cannot be made safely: the
 * front matter is not YAML (`---js`), is not closed, or has YAML errors around this field.
 */
export function fieldEdit(post: Post, path: (string | number)[], value: unknown): TextEdit | null {
  return fieldChange(post, path, value)?.edit ?? null;
}

/**
 * Returns both the smallest edit that sets `path` to `value` (as `fieldEdit`) and the post read
 * from the edited text (as `setField`), or null when nothing changes: the edit is checked by
 * reading the new text back, so the caller that applies it need not parse that text again.
 */
export function fieldChange(
  post: Post,
  path: (string | number)[],
  value: unknown,
): { edit: TextEdit; post: Post } | null {
  return editField(post, path, value, parseEdited);
}

/**
 * Returns `parsePost` of `post`'s text with `edit` made: `reparsePost` of it as an edited text
 * on the old one, so that an edit inside the front matter's YAML (a field's) has only the front
 * matter parsed, and the new post keeps that text, made whole only when read. A post of 50,000
 * words is otherwise copied whole, and read again whole, on every key typed in a field.
 */
function parseEdited(post: Post, edit: TextEdit): Post {
  const text = textOf(post);
  const whole = text instanceof EditedText ? text : EditedText.of(text.toString());
  return reparsePost(post, whole.edit(edit.from, edit.to, edit.insert));
}

/**
 * Returns `parsePost(text)` read from the text's first `end` characters alone, when its front
 * matter ends there (the old one's end, moved by an edit inside its YAML) and a body follows
 * after a "\n"; else null. The post keeps `text`, made whole only when read. Everything
 * `parsePost` reads of a text whose front matter is closed lies in that front matter (its
 * fences, YAML, first line break, BOM), so that reading gives the same post.
 */
function parseFrontMatterOnly(text: EditedText, end: number): Post | null {
  if (!(end > 0 && end < text.length) || text.charAt(end - 1) !== '\n') return null;
  const head = parsePost(text.slice(0, end));
  if (head.ranges.frontMatter?.to !== end) return null;
  return withFrontMatterOf(head, recalledYaml(head), text, end);
}

/** Returns a new post whose text differs from `post.text` only in the value at `path`. */
export function setField(post: Post, path: (string | number)[], value: unknown): Post {
  return fieldChange(post, path, value)?.post ?? post;
}

export { fieldRange } from './post-edit.ts';
/** The editor's text class (edited-text.ts): it loads with the parser, after the editor shows. */
export { EditedText } from './edited-text.ts';
