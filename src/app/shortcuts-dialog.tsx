import { useEffect, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { isTypingPlace } from '../components/typing-place';
import { editorCommands } from '../features/editor/commands';
import { commandLabel } from '../features/editor/editor-toolbar';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-en';
import { shortcutLabel } from '../features/editor/keymap';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const appShortcuts: [string, MessageKey][] = [
  ['Mod-s', 'shortcuts.save'],
  ['Mod-z', 'shortcuts.undo'],
  ['Mod-Shift-z', 'shortcuts.redo'],
  ['Mod-f', 'shortcuts.search'],
  ['Enter Enter', 'shortcuts.endList'],
  ['Escape Tab', 'shortcuts.leaveEditor'],
  ['Mod-Shift-Enter', 'shortcuts.focus'],
  ['?', 'shortcuts.sheet'],
];

/**
 * Returns the command `Shortcuts` (`show`) and its dialog (`view`), which `?` also opens outside
 * text fields.
 */
export function useShortcutsDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !isTypingPlace(e.target)) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const rows: [string, string][] = [
    ...appShortcuts.map(([keys, what]): [string, string] => [keys, t(what)]),
    ...editorCommands.flatMap((c): [string, string][] =>
      c.shortcut ? [[c.shortcut, commandLabel(c, t)]] : [],
    ),
  ];
  const view = (
    <ModalDialog
      open={open}
      title={t('shortcuts.title')}
      onClose={() => setOpen(false)}
      className="shortcuts-dialog"
    >
      <table>
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={keys + what}>
              <th scope="row">
                <kbd>{keys === '?' || keys.includes(' ') ? keys : shortcutLabel(keys, mac)}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={() => setOpen(false)}>
          {t('shortcuts.close')}
        </button>
      </div>
    </ModalDialog>
  );
  return { show: () => setOpen(true), view };
}
