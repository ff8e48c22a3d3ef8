/** Parts of the page that load once the editor has shown the post (state/after-editor.ts). */
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { afterFirstShown, loadFirst, useAfterEditor, useAfterFirstShown } from './after-editor';

/**
 * Returns a component that renders the component `load` gives once the editor has shown the
 * post, and `fallback` until it is there. Its code loads once the editor has shown, whether the
 * part is mounted by then or later (the preview and the form mount once the post is parsed: their
 * code comes alongside the parser's, not after it); a failure is left to a mount, which tries
 * again. A part that is not `first` loads (and shows) only once the first loads have come
 * (`afterFirstShown`). Not `lazy` with `Suspense`: React holds back content revealed after a
 * fallback for up to 300 ms, which would delay the preview's first render by as much.
 */
export function afterEditorPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
  { first = false }: { first?: boolean } = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const get = () =>
    (loading ??= load().then(
      (part) => (loaded = part),
      (error: unknown) => {
        // A later mount tries again.
        loading = null;
        throw error;
      },
    ));
  if (first) void loadFirst(get).catch(() => undefined);
  else void afterFirstShown().then(() => get().catch(() => undefined));
  const useShown = first ? useAfterEditor : useAfterFirstShown;
  return function AfterEditorPart(props: P) {
    const shown = useShown();
    const [part, setPart] = useState<{ Part: ComponentType<P> } | null>(() =>
      loaded ? { Part: loaded } : null,
    );
    const [failed, setFailed] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (!shown || part) return;
      let live = true;
      get().then(
        (Part) => live && setPart({ Part }),
        (error: unknown) => live && setFailed({ error }),
      );
      return () => {
        live = false;
      };
    }, [shown, part]);
    // As `lazy` did: a part whose code failed to load is an error for the boundary above.
    if (failed) throw failed.error;
    if (!shown || !part) return fallback;
    return <part.Part {...props} />;
  };
}
