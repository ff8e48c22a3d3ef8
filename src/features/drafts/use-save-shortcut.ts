/** Ctrl+S / Cmd+S: store the open draft at once, instead of the browser's "Save page as". */
import { useEffect } from 'react';

/** Returns true when `event` is the save shortcut (Ctrl+S, or Cmd+S on a Mac). */
function isSaveShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 's'
  );
}

/** Binds the save shortcut on the whole page (the editor, the form and dialogs) to `saveNow`. */
export function useSaveShortcut(saveNow: () => Promise<void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSaveShortcut(event)) return;
      event.preventDefault();
      void saveNow();
    };
    // Capture: CodeMirror and inputs stop some keys before they bubble to the window.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [saveNow]);
}
