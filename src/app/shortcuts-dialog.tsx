import { useEffect, useRef } from 'react';
import { editorCommands } from '../features/editor/commands';
import { commandLabel } from '../features/editor/editor-toolbar';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-en';
import { shortcutLabel } from '../features/editor/keymap';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Returns whether a key press happened where typing goes (inputs, the editor). */
function inTypingPlace(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

const appShortcuts: [string, MessageKey][] = [
  ['Mod-z', 'shortcuts.undo'],
  ['Mod-Shift-z', 'shortcuts.redo'],
  ['Mod-f', 'shortcuts.search'],
  ['Escape Tab', 'shortcuts.leaveEditor'],
  ['Mod-Shift-Enter', 'shortcuts.focus'],
  ['?', 'shortcuts.sheet'],
];

/** Returns the Shortcuts button and its dialog, which `?` also opens outside text fields. */
export function ShortcutsDialog() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const open = (e: KeyboardEvent) => {
      if (e.key === '?' && !inTypingPlace(e.target) && !dialog.current?.open) {
        e.preventDefault();
        dialog.current?.showModal();
      }
    };
    window.addEventListener('keydown', open);
    return () => window.removeEventListener('keydown', open);
  }, []);
  const rows: [string, string][] = [
    ...appShortcuts.map(([keys, what]): [string, string] => [keys, t(what)]),
    ...editorCommands.flatMap((c): [string, string][] =>
      c.shortcut ? [[c.shortcut, commandLabel(c, t)]] : [],
    ),
  ];
  return (
    <>
      <button type="button" aria-keyshortcuts="?" onClick={() => dialog.current?.showModal()}>
        {t('shortcuts.button')}
      </button>
      <dialog ref={dialog} aria-labelledby="shortcuts-title" className="shortcuts-dialog">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
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
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('shortcuts.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
