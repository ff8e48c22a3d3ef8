import { keymap } from '@codemirror/view';
import { Prec, type Extension } from '@codemirror/state';
import { formattingKeyBindings } from './commands';

/** Returns the keymap of the formatting commands (Mod-b, Mod-i…), ahead of the defaults. */
export function formattingKeymap(): Extension {
  return Prec.high(keymap.of(formattingKeyBindings().map((b) => ({ ...b, preventDefault: true }))));
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
