import type { KeyboardEvent, RefObject } from 'react';
import { useDrawer } from '../components/use-drawer';
import type { Layout } from './use-layout';

/** The drafts sidebar's state and what its toggle needs. */
export interface DraftsSidebar {
  show: boolean;
  toggle: () => void;
  /** Put on the toggle and on the sidebar: Escape closes it. */
  keys: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * Returns the drafts sidebar of `layout`: unless the writer chose, open only on wide screens.
 * When Escape closes it, focus goes back to `toggleRef` (the `Drafts` button).
 */
export function useDraftsSidebar(
  layout: Layout,
  setLayout: (change: Partial<Layout>) => void,
  toggleRef: RefObject<HTMLButtonElement | null>,
): DraftsSidebar {
  const show = layout.sidebar ?? window.innerWidth >= 1400;
  const keys = useDrawer(show, () => setLayout({ sidebar: false }), toggleRef);
  return { show, toggle: () => setLayout({ sidebar: !show }), keys };
}
