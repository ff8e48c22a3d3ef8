import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { KeyboardEvent, RefObject } from 'react';
import { useDrawer } from '../components/use-drawer';
import type { Layout } from './use-layout';

/** The drafts sidebar's state and what its toggle needs. */
export interface DraftsSidebar {
  show: boolean;
  /** Whether it is a drawer over the page (narrower windows), which is modal while open. */
  overlay: boolean;
  toggle: () => void;
  /** Closes it and gives focus back to its toggle. */
  close: () => void;
  /** Put on the toggle and on the sidebar: Escape closes it. */
  keys: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * Returns the drafts sidebar of `layout`. Beside the panes (`overlay` false) it is open as the
 * writer left it, or, until they choose, on very wide screens. As a drawer over the page it
 * starts closed on every visit and is not remembered. When it closes by Escape or its close
 * button, focus goes back to `toggleRef` (the `Drafts` button).
 */
export function useDraftsSidebar(
  layout: Layout,
  setLayout: (change: Partial<Layout>) => void,
  toggleRef: RefObject<HTMLButtonElement | null>,
  overlay: boolean,
): DraftsSidebar {
  const [drawerOpen, setDrawerOpen] = useState(false);
  const show = overlay ? drawerOpen : (layout.sidebar ?? window.innerWidth >= 1400);
  const setShow = (open: boolean) => (overlay ? setDrawerOpen(open) : setLayout({ sidebar: open }));
  // At once, so that the page is no longer inert when focus goes back to the toggle.
  const hide = () => flushSync(() => setShow(false));
  const keys = useDrawer(show, hide, toggleRef);
  return {
    show,
    overlay,
    toggle: () => setShow(!show),
    close: () => {
      hide();
      toggleRef.current?.focus();
    },
    keys,
  };
}
