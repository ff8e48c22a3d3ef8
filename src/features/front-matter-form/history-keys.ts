/**
 * The undo and redo shortcuts of the form's fields. A form edit is an edit of the editor's text,
 * so these run the editor's history: the input's own undo would restore a value the text no
 * longer has and fight the value React keeps in the box.
 */

/** What a key press or an input event asks of the history. */
export type HistoryAction = 'undo' | 'redo';

/** The parts of a keyboard event the shortcuts depend on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Returns the history action of a key press, as the editor binds them: Mod-z undoes, Mod-Shift-z
 * and Mod-y redo, where Mod is Cmd on a Mac and Ctrl elsewhere; null for any other key.
 */
export function historyAction(press: KeyPress, mac: boolean): HistoryAction | null {
  const mod = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!mod || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}

/**
 * Returns the history action of a `beforeinput` event's `inputType` (the browser's Edit menu or
 * context menu undo), or null for typing and other edits.
 */
export function historyInput(inputType: string): HistoryAction | null {
  if (inputType === 'historyUndo') return 'undo';
  if (inputType === 'historyRedo') return 'redo';
  return null;
}
