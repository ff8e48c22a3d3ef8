/** The editor's latest text of the open draft, for features that act on it later (Publish). */
import { useCallback, useRef } from 'react';

/**
 * Returns an `onText` that passes every editor text on to `onText` and remembers it for the
 * document `openKey`, and `latest()`, which gives it back (the opened text until one came).
 */
export function useLatestText(
  openKey: string | undefined,
  openText: string | undefined,
  onText: (text: string) => void,
) {
  const typed = useRef({ key: '', text: '' });
  const track = useCallback(
    (text: string) => {
      if (openKey) typed.current = { key: openKey, text };
      onText(text);
    },
    [openKey, onText],
  );
  const latest = () => (typed.current.key === openKey ? typed.current.text : (openText ?? ''));
  return { onText: track, latest };
}
