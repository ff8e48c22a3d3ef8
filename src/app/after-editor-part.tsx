/** Parts of the page that load once the editor has shown the post (state/after-editor.ts). */
import { Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { useAfterEditor } from '../state/after-editor';

/**
 * Returns a component that renders the component `load` gives once the editor has shown the
 * post (its code loads then), and `fallback` until it is there.
 */
export function afterEditorPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  const Part = lazy(async () => ({ default: await load() }));
  return function AfterEditorPart(props: P) {
    const shown = useAfterEditor();
    if (!shown) return fallback;
    return (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    );
  };
}
