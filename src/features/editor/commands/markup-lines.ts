/**
 * Enter and Backspace in lists and quotes, as StateCommands. Enter continues an item or a quote
 * (CodeMirror's `insertNewlineContinueMarkup`), and on an empty one ends the list or quote with
 * a blank line, so that the next line is a paragraph of its own: a line right under an item
 * would only continue it. Backspace on an empty item or quote line removes its marker.
 */
import { insertNewlineContinueMarkupCommand } from '@codemirror/lang-markdown';
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import { EditorSelection, StateEffect } from '@codemirror/state';
import { parsedUpTo } from './parsed-state';
import type { EditorState, StateCommand, Transaction } from '@codemirror/state';

/** The kinds of line markup: a quote's `>`, a bullet (`-`, `*`, `+`), a number (`1.`, `2)`). */
export type MarkupKind = 'quote' | 'bullet' | 'ordered';

/** One marker at the start of a line: [from, to) holds the marker and the blanks after it. */
export interface MarkupToken {
  kind: MarkupKind;
  from: number;
  to: number;
}

/** A marker Enter has just continued: the kind of the innermost one, and where it ends. */
export interface ContinuedMarker {
  kind: MarkupKind;
  pos: number;
}

/** The effect that records (or, with null, forgets) the marker Enter has just continued. */
export const setContinued = StateEffect.define<ContinuedMarker | null>();

/** Returns the markers a line starts with, and where they end (offsets in the line). */
export function markupTokens(text: string): { tokens: MarkupToken[]; end: number } {
  const tokens: MarkupToken[] = [];
  let end = 0;
  for (;;) {
    const from = end + (/^[ \t]*/.exec(text.slice(end))?.[0].length ?? 0);
    const rest = text.slice(from);
    const list = /^([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(rest);
    if (rest[0] === '>') {
      const to = from + (/^>[ \t]?/.exec(rest)?.[0].length ?? 1);
      tokens.push({ kind: 'quote', from, to });
      end = to;
    } else if (list) {
      tokens.push({
        kind: /\d/.test(list[1]) ? 'ordered' : 'bullet',
        from,
        to: from + list[0].length,
      });
      end = from + list[0].length;
    } else {
      return { tokens, end };
    }
  }
}

/** Returns the innermost marker of a line that holds nothing else, or null. */
function onlyMarkup(text: string): MarkupToken[] | null {
  const { tokens, end } = markupTokens(text);
  return tokens.length > 0 && end === text.length ? tokens : null;
}

/**
 * Returns what the syntax tree says is at `pos`: whether it is in a list item nested in another
 * item, and which containers hold it; null in the front matter or inside code.
 */
function containers(
  state: EditorState,
  pos: number,
): { item: boolean; nested: boolean; quote: boolean } | null {
  const found = { item: false, nested: false, quote: false };
  // The parse may lag behind a fresh edit; a little work brings it up to the cursor.
  const tree = ensureSyntaxTree(state, pos, 50) ?? syntaxTree(state);
  for (let node = tree.resolveInner(pos, -1); node.parent; node = node.parent) {
    if (
      /^(Frontmatter|FencedCode|CodeBlock|HTMLBlock|CommentBlock|HorizontalRule)$/.test(node.name)
    ) {
      return null;
    }
    if (node.name === 'ListItem') [found.nested, found.item] = [found.item, true];
    if (node.name === 'Blockquote') found.quote = true;
  }
  return found;
}

/**
 * Returns the markers of the empty item or quote line a cursor ends, if the tree agrees, and
 * whether the item is nested in another.
 */
function emptyMarkupAt(
  state: EditorState,
  pos: number,
): { tokens: MarkupToken[]; nested: boolean } | null {
  const line = state.doc.lineAt(pos);
  const tokens = pos === line.to ? onlyMarkup(line.text) : null;
  const found = tokens && containers(state, pos);
  if (!tokens || !found) return null;
  const quote = tokens[tokens.length - 1].kind === 'quote';
  return (quote ? found.quote : found.item) ? { tokens, nested: !quote && found.nested } : null;
}

/** Returns the ending of the list or quote at a cursor on an empty item, or null. */
function endingAt(state: EditorState, pos: number) {
  const empty = emptyMarkupAt(state, pos);
  // In an item nested in another, CodeMirror's Enter moves it out one level: keep that.
  if (!empty || empty.nested) return null;
  const { tokens } = empty;
  const line = state.doc.lineAt(pos);
  const prefix = tokens.length > 1 ? line.text.slice(0, tokens[tokens.length - 2].to) : '';
  const above = line.number > 1 ? state.doc.line(line.number - 1).text : '';
  const blank = /[^\s>]/.test(above) ? prefix.trimEnd() + state.lineBreak : '';
  const insert = blank + prefix;
  const cursor = line.from + insert.length;
  // What is left of the markup (an outer quote's `> `) counts as continued, as after Enter.
  const outer = tokens.length > 1 ? tokens[tokens.length - 2].kind : null;
  const continued = outer ? { kind: outer, pos: cursor } : null;
  return { changes: { from: line.from, to: line.to, insert }, cursor, continued };
}

const continueMarkup = insertNewlineContinueMarkupCommand({ nonTightLists: false });

/** How long Enter may parse to bring the syntax tree up to the cursor. */
const PARSE_BUDGET_MS = 200;

/** Returns the continued marker a cursor stands right after, or null. */
function continuedAt(state: EditorState, pos: number): ContinuedMarker | null {
  const line = state.doc.lineAt(pos);
  const tokens = onlyMarkup(line.text.slice(0, pos - line.from));
  return tokens ? { kind: tokens[tokens.length - 1].kind, pos } : null;
}

/**
 * Enter in a list or quote: continues it, or ends it on an empty item or quote line. Returns
 * false outside lists and quotes, for the default Enter to run.
 */
export const insertNewlineInMarkup: StateCommand = ({ state, dispatch }) => {
  const ranges = state.selection.ranges;
  // What is read goes by a tree brought up to the cursors, where the background parse may not
  // have come (CodeMirror's Enter would see no list and only break the line); the transaction
  // still starts from the editor's own state, whose document is the same.
  const parsed = parsedUpTo(state, Math.max(...ranges.map((r) => r.head)), PARSE_BUDGET_MS);
  const endings = ranges.map((r) => (r.empty ? endingAt(parsed, r.head) : null));
  if (endings.every((e) => e !== null)) {
    const spec = state.changeByRange((r) => {
      const e = endingAt(parsed, r.head)!;
      return { changes: state.changes(e.changes), range: EditorSelection.cursor(e.cursor) };
    });
    const continued = ranges.length === 1 ? endings[0]!.continued : null;
    const effects = setContinued.of(continued);
    dispatch(state.update(spec, { effects, scrollIntoView: true, userEvent: 'input' }));
    return true;
  }
  const out: { tr?: Transaction } = {};
  if (!continueMarkup({ state: parsed, dispatch: (t) => (out.tr = t) }) || !out.tr) return false;
  const tr = out.tr;
  const head = tr.state.selection.main.head;
  dispatch(
    state.update({
      changes: tr.changes,
      selection: tr.selection,
      effects: setContinued.of(ranges.length === 1 ? continuedAt(tr.state, head) : null),
      scrollIntoView: true,
      userEvent: 'input',
    }),
  );
  return true;
};

/**
 * Backspace right after the marker of an empty item or quote line: removes that marker (the
 * innermost one), leaving the line empty or inside its outer quote. Returns false elsewhere, for
 * the other Backspace commands to run.
 */
export const deleteEmptyMarkup: StateCommand = ({ state, dispatch }) => {
  const all = state.selection.ranges.map((r) => (r.empty ? emptyMarkupAt(state, r.head) : null));
  if (!all.every((t) => t !== null)) return false;
  const spec = state.changeByRange((r) => {
    const line = state.doc.lineAt(r.head);
    const { tokens } = emptyMarkupAt(state, r.head)!;
    const from = line.from + (tokens.length > 1 ? tokens[tokens.length - 2].to : 0);
    return { changes: state.changes({ from, to: line.to }), range: EditorSelection.cursor(from) };
  });
  dispatch(
    state.update(spec, {
      effects: setContinued.of(null),
      scrollIntoView: true,
      userEvent: 'delete',
    }),
  );
  return true;
};
