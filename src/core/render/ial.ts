/**
 * remark plugin: kramdown inline attribute lists. Block IALs (`{: .x}` on a line of their own)
 * apply to the block they touch; span IALs (`![a](b){: .x}`) to the element right before them.
 * Neither is ever printed. Only the safe attributes (class, id, target) are kept.
 */
import type { Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import {
  BLOCK_IAL_LINE,
  SPAN_IAL_START,
  parseAttributeList,
  type SafeAttributes,
  toProperties,
} from './attribute-list.ts';

const IAL_ANYWHERE = new RegExp(BLOCK_IAL_LINE.source.slice(1, -1), 'gm');

/** Merges the safe attributes into the node's `data.hProperties` (mutates the node). */
export function applyAttributes(node: Nodes, attributes: SafeAttributes | undefined): void {
  if (!attributes) return;
  const data = (node.data ??= {});
  const next = toProperties(attributes, data.hProperties as Record<string, unknown>);
  data.hProperties = next as typeof data.hProperties;
}

/** Returns true when every line of the paragraph is an attribute list. */
export function isIalParagraph(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const only = node.children[0];
  return only.type === 'text' && only.value.split('\n').every((line) => BLOCK_IAL_LINE.test(line));
}

function attributesOfLines(value: string): SafeAttributes | undefined {
  const merged: SafeAttributes = { classes: [] };
  let any = false;
  for (const line of value.split('\n')) {
    const parsed = parseAttributeList(BLOCK_IAL_LINE.exec(line)?.[1] ?? ':');
    if (!parsed) continue;
    any = true;
    merged.classes.push(...parsed.classes);
    merged.id = parsed.id ?? merged.id;
    merged.target = parsed.target ?? merged.target;
  }
  return any ? merged : undefined;
}

function touches(before: Nodes | undefined, after: Nodes | undefined): boolean {
  const end = before?.position?.end.line;
  const start = after?.position?.start.line;
  return end !== undefined && start !== undefined && start === end + 1;
}

/**
 * Splits a paragraph at IAL lines inside its text (kramdown ends a paragraph at such a line).
 * Returns the resulting paragraphs, each with the attributes of the IAL that followed (or
 * preceded, when it opened the paragraph) it.
 */
function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const out: Paragraph[] = [];
  let current: PhrasingContent[] = [];
  let pending: SafeAttributes | undefined;
  const flush = (attributes: SafeAttributes | undefined) => {
    if (current.length === 0) {
      pending = attributes ?? pending;
      return;
    }
    const next: Paragraph = { type: 'paragraph', children: current };
    applyAttributes(next, pending);
    applyAttributes(next, attributes);
    out.push(next);
    current = [];
    pending = undefined;
  };
  paragraph.children.forEach((child, index) => {
    if (child.type !== 'text') return void current.push(child);
    let rest = child.value;
    let cursor = 0;
    for (const match of rest.matchAll(IAL_ANYWHERE)) {
      const start = match.index;
      const end = start + match[0].length;
      const atLineStart =
        start === 0 ? index === 0 || current.length === 0 : rest[start - 1] === '\n';
      const atLineEnd =
        end === rest.length ? index === paragraph.children.length - 1 : rest[end] === '\n';
      if (!atLineStart || !atLineEnd) continue;
      const before = rest.slice(cursor, start).replace(/\n$/, '');
      if (before) current.push({ type: 'text', value: before });
      flush(parseAttributeList(match[1]));
      cursor = end + 1;
    }
    rest = rest.slice(cursor);
    if (rest) current.push({ ...child, value: rest });
  });
  flush(undefined);
  if (out.length === 0) return [];
  // Keep the original paragraph object (and its position and data) for the first part.
  paragraph.children = out[0].children;
  paragraph.data = { ...paragraph.data, ...out[0].data };
  out[0] = paragraph;
  return out;
}

function applySpanIals(parent: Parents): void {
  const kids = parent.children as Nodes[];
  for (let index = 1; index < kids.length; index++) {
    const node = kids[index];
    if (node.type !== 'text' || kids[index - 1].type === 'text') continue;
    const match = SPAN_IAL_START.exec(node.value);
    if (!match) continue;
    applyAttributes(kids[index - 1], parseAttributeList(match[1]));
    node.value = node.value.slice(match[0].length);
    if (node.value === '') kids.splice(index--, 1);
  }
}

function transformParent(parent: Parents): void {
  const kids = parent.children as Nodes[];
  for (let index = 0; index < kids.length; index++) {
    const node = kids[index];
    if (node.type === 'paragraph' && isIalParagraph(node)) {
      const target = touches(kids[index - 1], node)
        ? kids[index - 1]
        : touches(node, kids[index + 1])
          ? kids[index + 1]
          : undefined;
      if (target)
        applyAttributes(target, attributesOfLines((node.children[0] as { value: string }).value));
      kids.splice(index--, 1);
      continue;
    }
    if (
      node.type === 'paragraph' &&
      node.children.some((c) => c.type === 'text' && c.value.includes('{:'))
    ) {
      const parts = splitParagraph(node);
      kids.splice(index, 1, ...parts);
      index += parts.length - 1;
    }
  }
  applySpanIals(parent);
  for (const node of kids) if ('children' in node) transformParent(node);
}

/** Returns the transformer that applies kramdown IALs in an mdast tree (mutates the tree). */
export function remarkKramdownIal() {
  return (tree: Root) => transformParent(tree);
}
