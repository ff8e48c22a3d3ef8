/**
 * The preview's choices of this device (post or card view, and width), kept in localStorage. The
 * blog's stylesheet is a workspace setting instead, stored in IndexedDB with the others (the app
 * passes it in), so that a backup carries it.
 */
import { PREVIEW_CHOICES_KEY, fieldsOf, localValue, parseJson } from '../../storage';
import type { LocalStorageSource, LocalValue } from '../../storage';
import type { StylesheetSource } from './stylesheet';

export type PreviewView = 'post' | 'card';
export type PreviewWidth = 'phone' | 'tablet' | 'desktop';

/** How this device shows the preview. */
export interface PreviewChoices {
  view: PreviewView;
  width: PreviewWidth;
}

/** What the preview toolbar edits: this device's choices and the blog's stylesheet. */
export interface PreviewSettings extends PreviewChoices {
  stylesheet: StylesheetSource;
}

export const defaultPreviewChoices: PreviewChoices = { view: 'post', width: 'desktop' };

/** Returns the choices read from stored JSON, field by field; defaults for anything else. */
export function restorePreviewChoices(raw: string | null): PreviewChoices {
  const r = fieldsOf(parseJson(raw));
  return {
    view: r.view === 'card' ? 'card' : 'post',
    width: r.width === 'phone' || r.width === 'tablet' ? r.width : 'desktop',
  };
}

/** Returns the stored choices of this device (tests pass a storage double). */
export function previewChoices(storage?: LocalStorageSource): LocalValue<PreviewChoices> {
  return localValue(PREVIEW_CHOICES_KEY, restorePreviewChoices, undefined, storage);
}
