/**
 * The preview's remembered choices (view, width, stylesheet). Kept in localStorage for now,
 * behind this module so that it can move to the app's IndexedDB settings without touching the
 * preview.
 */
import type { StylesheetSource } from './stylesheet';

export type PreviewView = 'post' | 'card';
export type PreviewWidth = 'phone' | 'tablet' | 'desktop';

export interface PreviewSettings {
  view: PreviewView;
  width: PreviewWidth;
  stylesheet: StylesheetSource;
}

export const defaultPreviewSettings: PreviewSettings = {
  view: 'post',
  width: 'desktop',
  stylesheet: { kind: 'none' },
};

const KEY = 'pluma.preview.v1';
/** Larger stylesheet files are used for the session but not remembered. */
const MAX_REMEMBERED_CSS = 1_000_000;

/** The part of `Storage` used here (a Map-backed fake in tests). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Returns the page's localStorage, or null where it is unavailable (private mode, Node). */
function defaultStorage(): SettingsStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Returns `value` as a stylesheet source, or 'none' when it is not a valid one. */
function restoreStylesheet(value: unknown): StylesheetSource {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if (v.kind === 'url' && typeof v.url === 'string') return { kind: 'url', url: v.url };
  if (v.kind === 'file' && typeof v.name === 'string' && typeof v.css === 'string') {
    return { kind: 'file', name: v.name, css: v.css };
  }
  return { kind: 'none' };
}

/** Returns the stored settings, validated field by field; defaults for anything missing. */
export function loadPreviewSettings(storage = defaultStorage()): PreviewSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(KEY) ?? 'null');
  } catch {
    raw = null;
  }
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    view: r.view === 'card' ? 'card' : 'post',
    width: r.width === 'phone' || r.width === 'tablet' ? r.width : 'desktop',
    stylesheet: restoreStylesheet(r.stylesheet),
  };
}

/** Stores `settings` (a too-large stylesheet file is not stored); returns whether it was saved. */
export function savePreviewSettings(
  settings: PreviewSettings,
  storage = defaultStorage(),
): boolean {
  if (!storage) return false;
  const s = settings.stylesheet;
  const stored =
    s.kind === 'file' && s.css.length > MAX_REMEMBERED_CSS
      ? { ...settings, stylesheet: { kind: 'none' } }
      : settings;
  try {
    storage.setItem(KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}
