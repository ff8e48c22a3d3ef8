import { useEffect } from 'react';
import type { Layout } from './use-layout';

/** Binds Ctrl+Shift+Enter (⌘ on a Mac), anywhere in the page, to turning focus mode on and off. */
export function useFocusShortcut(focus: boolean, setLayout: (change: Partial<Layout>) => void) {
  useEffect(() => {
    const toggle = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && e.shiftKey && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        setLayout({ focus: !focus });
      }
    };
    window.addEventListener('keydown', toggle);
    return () => window.removeEventListener('keydown', toggle);
  }, [focus, setLayout]);
}
