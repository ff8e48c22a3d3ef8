/**
 * The editor's base: what react-codemirror's `basicSetup` gave it (line numbers, history,
 * folding, bracket closing, the default keys…), written out so that only what the editor uses
 * is loaded before it shows. Search, the lint panel's keys and the highlighting of the
 * selection's other matches come a moment later (deferred-tools.ts), in the same places among
 * the keymaps; bracket closing comes with the inline formatting (commands/inline-loader.ts).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  dropCursor,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import { bracketKeySlot, bracketSlot, loadedInline } from './commands/inline-loader';
import type { DeferredTools } from './deferred-tools';

/** The editor fills its pane; its scroller scrolls. */
const fill = [
  EditorView.theme({ '&': { height: '100%' } }),
  EditorView.theme({ '& .cm-scroller': { height: '100% !important' } }),
];

const light = EditorView.theme({ '&': { backgroundColor: '#fff' } }, { dark: false });

/** One Dark, once loaded: only the dark theme uses it, so it loads when that is first asked for. */
let oneDark: Extension | null = null;
let oneDarkLoad: Promise<void> | null = null;

/** Loads One Dark, once; resolves once `editorTheme(true)` returns it (rejects if it failed). */
export function loadDarkTheme(): Promise<void> {
  oneDarkLoad ??= import('@codemirror/theme-one-dark').then((m) => {
    oneDark = m.oneDark;
  });
  return oneDarkLoad;
}

/** One Dark's background and text, until One Dark itself has loaded (no light flash). */
const darkBase = EditorView.theme(
  { '&': { backgroundColor: '#282c34', color: '#abb2bf' } },
  { dark: true },
);

/** Returns the editor's colours: CodeMirror's light ones, or One Dark (see `loadDarkTheme`). */
export function editorTheme(dark: boolean): Extension {
  if (!dark) return light;
  return oneDark ?? darkBase;
}

/**
 * Returns the base extensions, in the order (and so with the key precedence) react-codemirror's
 * basic setup had them, with `tools`' places for the deferred ones.
 */
export function editorSetup(tools: DeferredTools): Extension {
  return [
    fill,
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    foldGutter(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    bracketSlot.of(loadedInline()?.bracketClosing ?? []),
    rectangularSelection(),
    highlightActiveLine(),
    tools.selectionMatches,
    bracketKeySlot.of(loadedInline()?.bracketKeys ?? []),
    keymap.of(defaultKeymap),
    tools.searchKeys,
    keymap.of([...historyKeymap, ...foldKeymap]),
    tools.lintKeys,
    keymap.of([indentWithTab]),
  ];
}
