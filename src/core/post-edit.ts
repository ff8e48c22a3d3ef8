/**
 * Field edits of a post: plans the YAML change, applies it to the text, re-reads the result and
 * keeps it only when it reads back as intended, so an edit never corrupts a post.
 */
import type { Post, TextEdit } from './post.ts';
import { deepEqual, getIn, withPath } from './post-data.ts';
import { sameText } from './edited-text.ts';
import { bodyOf, textOf } from './post-text.ts';
import { charOf, lineEnd, lineStart, type TextSource } from './text.ts';
import { findPath, parseYaml } from './yaml-doc.ts';
import type { YamlResult } from './yaml-doc.ts';
import { planEdit } from './yaml-edit-plan.ts';
import type { EditContext, SrcEdit } from './yaml-edit.ts';
import { valueRange } from './yaml-locate.ts';
import { replaceWholeValue, writesKey } from './value-span.ts';

type Path = readonly (string | number)[];

// The parsed YAML of each post, for edits; weak, so parsing many posts keeps memory flat.
const yamlOf = new WeakMap<Post, YamlResult>();

/** Returns the YAML parse recorded for `post`, if any. */
export function recalledYaml(post: Post): YamlResult | undefined {
  return yamlOf.get(post);
}

/** Records the YAML parse behind `post` (mutates a module-level WeakMap). */
export function rememberYaml(post: Post, yaml: YamlResult): void {
  yamlOf.set(post, yaml);
}

function pathLabel(path: Path): string {
  return path.map(String).join('.');
}

function refuseUnless(post: Post, path: Path): YamlResult | null {
  const blocking = post.errors.find((e) => e.kind !== 'yaml');
  if (blocking) {
    throw new Error(`Cannot edit "${pathLabel(path)}": ${blocking.message} Fix it in the text.`);
  }
  return post.ranges.frontMatter ? (yamlOf.get(post) ?? null) : null;
}

/**
 * Returns where the value at `path` lives in `post.text` (an empty range for an empty value),
 * or null when the path is not in the front matter.
 */
export function fieldRange(
  post: Post,
  path: (string | number)[],
): { from: number; to: number } | null {
  const yaml = yamlOf.get(post);
  const base = post.ranges.yaml?.from;
  if (!yaml || base === undefined || path.length === 0) return null;
  const shift = (r: { from: number; to: number } | null, by: number) =>
    r && { from: by + r.from, to: by + r.to };
  if (yaml.entries) {
    const entry = yaml.entries.get(String(path[0]));
    if (!entry) return null;
    if (!('doc' in entry)) return path.length === 1 ? shift(entry, base) : null;
    return shift(valueRange(entry.src, entry.doc.contents, path), base + entry.offset);
  }
  const src = textOf(post).slice(base, post.ranges.yaml?.to);
  return shift(valueRange(src, yaml.doc.contents, path), base);
}

function readsBack(before: Post, after: Post, path: Path, value: unknown): boolean {
  if (!sameBody(before, after)) return false;
  if (before.language !== null && after.language !== before.language) return false;
  if (after.errors.some((e) => e.kind !== 'yaml')) return false;
  if (before.errors.length === 0) {
    return after.errors.length === 0 && deepEqual(after.data, withPath(before.data, path, value));
  }
  // Broken YAML: the edited value must read back and every other field must stay as it was.
  if (after.errors.length !== before.errors.length) return false;
  if (!deepEqual(getIn(after.data, path), value)) return false;
  const keys = new Set([...Object.keys(before.data), ...Object.keys(after.data)]);
  keys.delete(String(path[0]));
  return [...keys].every((k) => deepEqual(before.data[k], after.data[k]));
}

/**
 * Returns true when the two posts have the same body, compared as their texts are kept (an
 * edited text's body on the base it shares with the other, without making either whole).
 */
function sameBody(before: Post, after: Post): boolean {
  return sameText(bodyOf(before), bodyOf(after));
}

/** Returns `edit` shrunk to the part that really changes, never splitting a CRLF. */
function shrink(text: TextSource, edit: TextEdit): TextEdit {
  let { from, to, insert } = edit;
  while (from < to && insert.length > 0 && charOf(text, from) === insert[0]) {
    from++;
    insert = insert.slice(1);
  }
  while (to > from && insert.length > 0 && charOf(text, to - 1) === insert[insert.length - 1]) {
    to--;
    insert = insert.slice(0, -1);
  }
  if (charOf(text, from - 1) === '\r' && charOf(text, from) === '\n') {
    from--;
    insert = `\r${insert}`;
  }
  if (charOf(text, to - 1) === '\r' && charOf(text, to) === '\n') {
    to++;
    insert = `${insert}\n`;
  }
  return { from, to, insert };
}

/** Returns the post read from `post`'s text with `edit` made (as `parsePost` reads it). */
type ParseEdited = (post: Post, edit: TextEdit) => Post;

/**
 * Returns the edit that sets `path` to `value` and the post it gives, or null when nothing
 * changes; `parse` reads the edited text (post.ts `parseEdited`). Throws a clear Error when no
 * safe edit exists.
 */
export function editField(
  post: Post,
  path: Path,
  value: unknown,
  parse: ParseEdited,
): { edit: TextEdit; post: Post } | null {
  if (path.length === 0) throw new Error('A field path needs at least one key.');
  const yaml = refuseUnless(post, path);
  const current = getIn(post.data, path);
  if (value === undefined ? current === undefined : deepEqual(current, value)) return null;
  const broken = post.errors.length > 0;
  if (broken && (!yaml || !findPath(yaml.doc.contents, path))) {
    throw new Error(
      `Cannot edit "${pathLabel(path)}": the front matter has YAML errors; fix them in the text.`,
    );
  }
  // The candidates planned in the whole document come only when needed: a front matter read
  // entry by entry has no document yet, and parsing it costs more than the rest of the edit.
  let plans: (() => SrcEdit[])[];
  let base: number;
  if (yaml && post.ranges.yaml) {
    base = post.ranges.yaml.from;
    const src = textOf(post).slice(base, post.ranges.yaml.to);
    const whole = () =>
      planEdit({ src, doc: yaml.doc, data: post.data, eol: post.eol }, path, value);
    const local = entryPlan(yaml, src, post.data, post.eol, path, value);
    plans = local ? [() => local, whole] : [whole];
  } else {
    // No front matter yet: prepend a new block holding just this field.
    if (value === undefined) return null;
    base = post.bom ? 1 : 0;
    const empty = parseYaml('');
    const ctx: EditContext = { src: '', doc: empty.doc, data: {}, eol: post.eol };
    const candidates = planEdit(ctx, path, value).map((c) => ({
      ...c,
      insert: `---${post.eol}${c.insert}---${post.eol}`,
    }));
    plans = [() => candidates];
  }
  for (const plan of plans) {
    for (const c of plan()) {
      const edit = shrink(textOf(post), {
        from: base + c.from,
        to: base + c.to,
        insert: c.insert,
      });
      if (edit.from === edit.to && edit.insert === '') return null;
      const next = parse(post, edit);
      if (readsBack(post, next, path, value)) return { edit, post: next };
    }
  }
  const whole = wholeValueEdit(post, path, value, parse);
  if (whole) return whole;
  throw new Error(`Cannot change "${pathLabel(path)}" safely here; edit it in the text.`);
}

/**
 * Returns `planEdit`'s candidates for setting `path` (a value, not a removal) planned in the
 * text of its top-level entry alone, with offsets into `src`: the document of a one-line entry
 * is that line's, parsed here; an entry of more lines has its own already. Null when `yaml` was
 * not read entry by entry (`readYaml`) or has no entry for the path's key. An entry read that
 * way parses alone as it does in the whole source, so the plan is the one the whole document
 * gives (checked on the corpus in post-edit-entry.test.ts), and each candidate is read back anyway.
 */
function entryPlan(
  yaml: YamlResult,
  src: string,
  data: Record<string, unknown>,
  eol: string,
  path: Path,
  value: unknown,
): SrcEdit[] | null {
  if (value === undefined || !yaml.entries) return null;
  const key = String(path[0]);
  const entry = yaml.entries.get(key);
  if (!entry) return null;
  let offset: number;
  let ctx: EditContext;
  if ('doc' in entry) {
    offset = entry.offset;
    ctx = { src: entry.src, doc: entry.doc, data: { [key]: data[key] }, eol };
  } else {
    offset = lineStart(src, entry.from);
    const line = src.slice(offset, lineEnd(src, entry.to).next);
    ctx = { src: line, doc: parseYaml(line).doc, data: { [key]: data[key] }, eol };
  }
  return planEdit(ctx, path, value).map((c) => ({
    ...c,
    from: c.from + offset,
    to: c.to + offset,
  }));
}

/** Returns true when misread key `key` begins with words of `text` (it was cut out of it). */
function startsInside(text: string, key: string): boolean {
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
  const head = fold(key).slice(0, 30);
  return head.length >= 8 && fold(text).includes(head);
}

/**
 * Returns the edit that writes string `value` over the whole written value of a top-level key
 * (a quoted value over several lines, even one YAML rejects), when it reads back: the value is
 * `value`, no new YAML problem, and every other key as it was, but for keys the parser misread
 * out of the replaced lines.
 */
function wholeValueEdit(
  post: Post,
  path: Path,
  value: unknown,
  parse: ParseEdited,
): { edit: TextEdit; post: Post } | null {
  const yamlRange = post.ranges.yaml;
  if (path.length !== 1 || typeof value !== 'string' || !yamlRange) return null;
  const key = String(path[0]);
  const src = textOf(post).slice(yamlRange.from, yamlRange.to);
  const local = replaceWholeValue(src, key, value);
  if (!local) return null;
  const edit = {
    from: yamlRange.from + local.from,
    to: yamlRange.from + local.to,
    insert: local.insert,
  };
  const next = parse(post, edit);
  if (!sameBody(post, next) || next.errors.some((e) => e.kind !== 'yaml')) return null;
  if (next.errors.length > post.errors.length || next.data[key] !== value) return null;
  const replaced = src.slice(local.from, local.to);
  const outside = src.slice(0, local.from) + src.slice(local.to);
  const keys = new Set([...Object.keys(post.data), ...Object.keys(next.data)]);
  keys.delete(key);
  const readsAsBefore = [...keys].every(
    (k) =>
      deepEqual(post.data[k], next.data[k]) ||
      // A fragment of the old value the parser misread as a key, now gone with it.
      (!(k in next.data) && (writesKey(replaced, k) || startsInside(replaced, k))) ||
      // A key the broken old value swallowed, now read from its own untouched line.
      (!(k in post.data) && writesKey(outside, k)),
  );
  return readsAsBefore ? { edit, post: next } : null;
}
