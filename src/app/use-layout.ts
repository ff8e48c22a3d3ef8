import { useCallback, useState } from 'react';
import { fieldsOf, localValue, parseJson } from '../storage';

/** How the workspace is laid out, as the writer left it. */
export interface Layout {
  /** Width of the fields pane in pixels. */
  formWidth: number;
  /** The editor's share of the width left for editor and preview (0.2–0.8). */
  editorShare: number;
  /** Editor only: no fields, preview or drafts. */
  focus: boolean;
  theme: 'system' | 'light' | 'dark';
  /** Whether the drafts sidebar is open, or null until the writer chooses. */
  sidebar: boolean | null;
}

const KEY = 'pluma.layout.v1';
const DEFAULT: Layout = {
  formWidth: 330,
  editorShare: 0.5,
  focus: false,
  theme: 'system',
  sidebar: null,
};

/** Returns `value` limited to [min, max]. */
export const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, value));

/** Returns a layout read from stored JSON, each field checked and limited to sane values. */
export function restoreLayout(raw: string | null): Layout {
  // A damaged record gives the default layout.
  const v = fieldsOf(parseJson(raw));
  const num = (x: unknown, d: number) => (typeof x === 'number' && Number.isFinite(x) ? x : d);
  return {
    formWidth: clamp(num(v.formWidth, DEFAULT.formWidth), 220, 600),
    editorShare: clamp(num(v.editorShare, DEFAULT.editorShare), 0.2, 0.8),
    focus: v.focus === true,
    theme: v.theme === 'light' || v.theme === 'dark' ? v.theme : 'system',
    sidebar: typeof v.sidebar === 'boolean' ? v.sidebar : null,
  };
}

/** The layout is this device's choice: it stays in localStorage, out of backups. */
const storedLayout = localValue(KEY, restoreLayout);

/** Returns the stored layout and a setter that stores each change. */
export function useLayout(): [Layout, (change: Partial<Layout>) => void] {
  const [layout, setLayout] = useState(storedLayout.read);
  const update = useCallback((change: Partial<Layout>) => {
    setLayout((old) => {
      const next = restoreLayout(JSON.stringify({ ...old, ...change }));
      // Not remembering the layout is harmless.
      storedLayout.write(next);
      return next;
    });
  }, []);
  return [layout, update];
}
