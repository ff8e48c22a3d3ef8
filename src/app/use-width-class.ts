import { useSyncExternalStore } from 'react';

/**
 * How wide the window is, as the layout sees it: `wide` (≥ 1200 px: drafts, fields, editor and
 * preview side by side), `medium` (768–1199 px: the writing side and the preview; drafts in a
 * drawer) or `narrow` (< 768 px: one pane at a time).
 */
export type WidthClass = 'wide' | 'medium' | 'narrow';

const WIDE = '(min-width: 1200px)';
const NARROW = '(max-width: 767.98px)';

function widthClass(): WidthClass {
  if (window.matchMedia(WIDE).matches) return 'wide';
  return window.matchMedia(NARROW).matches ? 'narrow' : 'medium';
}

function subscribe(onChange: () => void): () => void {
  const lists = [WIDE, NARROW].map((q) => window.matchMedia(q));
  for (const l of lists) l.addEventListener('change', onChange);
  return () => lists.forEach((l) => l.removeEventListener('change', onChange));
}

/** Returns the window's width class, kept current as the window is resized. */
export function useWidthClass(): WidthClass {
  return useSyncExternalStore(subscribe, widthClass);
}
