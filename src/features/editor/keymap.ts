import { deleteMarkupBackward } from '@codemirror/lang-markdown';
import { keymap } from '@codemirror/view';
import { Prec, type Extension } from '@codemirror/state';
import { formattingKeyBindings } from './commands';
import { deleteEmptyMarkup, insertNewlineInMarkup } from './commands/markup-lines';

/** Returns the keymap of the formatting commands (Mod-b, Mod-i…), ahead of the defaults. */
export function formattingKeymap(): Extension {
  return Prec.high(keymap.of(formattingKeyBindings().map((b) => ({ ...b, preventDefault: true }))));
}

/**
 * Returns the keys of lists and quotes, ahead of the defaults: Enter continues or ends them,
 * Backspace removes an empty item's marker (or CodeMirror's markup deletion runs).
 */
export function markupKeymap(): Extension {
  return Prec.high(
    keymap.of([
      { key: 'Enter', run: insertNewlineInMarkup },
      { key: 'Backspace', run: deleteEmptyMarkup },
      { key: 'Backspace', run: deleteMarkupBackward },
    ]),
  );
}

/** Returns a shortcut as people read it on this platform ("Ctrl+B", "⌘B"). */
export function shortcutLabel(shortcut: string, mac: boolean): string {
  const parts = shortcut.split('-');
  const key = parts.pop() ?? '';
  const names: Record<string, string> = mac
    ? { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃' }
    : { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Ctrl: 'Ctrl' };
  const mods = parts.map((p) => names[p] ?? p);
  return mac ? mods.join('') + key.toUpperCase() : [...mods, key.toUpperCase()].join('+');
}
