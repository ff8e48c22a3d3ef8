import { useCallback, useEffect, useRef } from 'react';
import { historyAction, historyInput, type HistoryAction } from './history-keys';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Returns whether a history shortcut pressed on `target` is the form's to handle. */
function ownsHistory(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // Raw YAML boxes keep their own undo: their text is a draft, written to the file on blur.
  if (target.closest('[data-own-undo]')) return false;
  return target.matches('input, textarea, select');
}

/**
 * Returns a ref for the form element: undo and redo in its fields (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y,
 * and the browser's Edit menu) run `onHistory` instead of the field's own undo.
 */
export function useHistoryKeys(onHistory: (action: HistoryAction) => void) {
  const formRef = useRef<HTMLFormElement | null>(null);
  const latest = useRef(onHistory);
  useEffect(() => {
    latest.current = onHistory;
  }, [onHistory]);
  const run = useCallback((event: Event, action: HistoryAction | null) => {
    if (!action || !ownsHistory(event.target)) return;
    event.preventDefault();
    latest.current(action);
  }, []);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onKey = (e: KeyboardEvent) => run(e, historyAction(e, mac));
    const onInput = (e: InputEvent) => run(e, historyInput(e.inputType));
    form.addEventListener('keydown', onKey);
    form.addEventListener('beforeinput', onInput);
    return () => {
      form.removeEventListener('keydown', onKey);
      form.removeEventListener('beforeinput', onInput);
    };
  }, [run]);
  return formRef;
}
