/**
 * The parts of the editor that arrive after it shows the post: search (its keys, panel and the
 * highlighting of the selection's other matches), the lint panel's keys, and the HTML grammar
 * (with its CSS and JavaScript) that Markdown's HTML is highlighted with. Until they arrive,
 * their keys are held by stand-ins that load them and then run the real command, so a key
 * pressed early still does what it says.
 */
import { Compartment, type Extension } from '@codemirror/state';
import { EditorView, keymap, type Command, type KeyBinding } from '@codemirror/view';

type Tools = typeof import('./editor-tools');

let tools: Promise<Tools> | null = null;
let loaded: Tools | null = null;

/** Returns the deferred tools' module, loading it on the first call. */
export function loadEditorTools(): Promise<Tools> {
  tools ??= import('./editor-tools').then((t) => (loaded = t));
  return tools;
}

/** Where the deferred tools go in an editor's configuration. */
export interface DeferredTools {
  selectionMatches: Extension;
  searchKeys: Extension;
  lintKeys: Extension;
  language: Extension;
  /** Puts the tools in place in `view` once loaded (the lint keys wait for their first use). */
  arrive(view: EditorView): Promise<void>;
}

type Pick = (t: Tools) => Command | undefined;

/**
 * Returns a key's stand-in: it loads the tools, puts them in place and runs the real command
 * (`pick`). It takes the key (so the browser's own action does not run), as the real one would.
 */
function standIn(pick: Pick, place: (view: EditorView, t: Tools) => void): Command {
  return (view) => {
    void loadEditorTools().then((t) => {
      if (!view.dom.isConnected) return;
      place(view, t);
      pick(t)?.(view);
    });
    return true;
  };
}

/**
 * Returns the compartments of one editor: the search keys and the lint panel's key, held by
 * stand-ins; the selection's matches (none yet); the Markdown language `plain` until the full
 * one arrives. An editor made once the tools have loaded starts with them.
 */
export function deferredTools(plain: () => Extension): DeferredTools {
  const search = new Compartment();
  const lint = new Compartment();
  const matches = new Compartment();
  const language = new Compartment();
  let lintIn = false;
  const placeSearch = (view: EditorView, t: Tools) => {
    if (search.get(view.state) === t.searchKeys) return;
    view.dispatch({
      effects: [search.reconfigure(t.searchKeys), matches.reconfigure(t.selectionMatches)],
    });
  };
  const placeLint = (view: EditorView, t: Tools) => {
    if (lintIn) return;
    lintIn = true;
    view.dispatch({ effects: lint.reconfigure(t.lintKeys) });
  };
  const searchStandIns: KeyBinding[] = [
    { key: 'Mod-f', run: standIn((t) => t.openSearchPanel, placeSearch) },
    {
      key: 'F3',
      run: standIn((t) => t.findNext, placeSearch),
      shift: standIn((t) => t.findPrevious, placeSearch),
      preventDefault: true,
    },
    {
      key: 'Mod-g',
      run: standIn((t) => t.findNext, placeSearch),
      shift: standIn((t) => t.findPrevious, placeSearch),
      preventDefault: true,
    },
    // No search panel can be open before search arrives: Escape is not its key yet.
    { key: 'Mod-Shift-l', run: standIn((t) => t.selectSelectionMatches, placeSearch) },
    { key: 'Mod-Alt-g', run: standIn((t) => t.gotoLine, placeSearch) },
    {
      key: 'Mod-d',
      run: standIn((t) => t.selectNextOccurrence, placeSearch),
      preventDefault: true,
    },
  ];
  // With no diagnostics yet, F8 has nothing to go to.
  const lintStandIns: KeyBinding[] = [
    {
      key: 'Mod-Shift-m',
      run: standIn((t) => t.openLintPanel, placeLint),
      preventDefault: true,
    },
  ];
  const t = loaded;
  return {
    selectionMatches: matches.of(t ? t.selectionMatches : []),
    searchKeys: search.of(t ? t.searchKeys : keymap.of(searchStandIns)),
    lintKeys: lint.of(keymap.of(lintStandIns)),
    language: language.of(t ? t.markdownWithFrontMatter() : plain()),
    async arrive(view) {
      const t = await loadEditorTools();
      const full = t.markdownWithFrontMatter();
      if (!view.dom.isConnected || language.get(view.state) === full) return;
      const effects = [language.reconfigure(full)];
      if (search.get(view.state) !== t.searchKeys) {
        effects.push(search.reconfigure(t.searchKeys), matches.reconfigure(t.selectionMatches));
      }
      view.dispatch({ effects });
    },
  };
}
