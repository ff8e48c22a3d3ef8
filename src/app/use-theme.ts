import { useEffect, useState } from 'react';
import { loadDarkTheme } from '../features/editor/setup';
import type { Layout } from './use-layout';

const query = '(prefers-color-scheme: dark)';

/** Returns the theme in effect ('light' or 'dark'), following the system when asked, and marks it
 * on the document (`data-theme`) for the stylesheet. */
export function useTheme(choice: Layout['theme']): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return;
    const follow = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    // The editor's dark colours load on first use: as soon as the theme is dark.
    if (theme === 'dark') void loadDarkTheme().catch(() => undefined);
  }, [theme]);
  return theme;
}
