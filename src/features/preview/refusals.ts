/**
 * The placeholders of blocks too deep or too long to preview come from the renderer with an
 * English sentence and their figures in data attributes; this says them in the UI's language.
 */
import { translate } from '../../i18n/lang-store';
import type { MessageKey } from '../../i18n/messages-en';

const KEYS: Record<string, MessageKey> = {
  'too-deep': 'preview.refusedTooDeep',
  'too-long': 'preview.refusedTooLong',
  'document-too-long': 'preview.refusedDocument',
};

/** Rewrites the text of every refusal placeholder under `root` in the UI's language. */
export function localizeRefusals(root: ParentNode): void {
  for (const note of root.querySelectorAll<HTMLElement>('.pluma-refused[data-refused]')) {
    const key = KEYS[note.dataset.refused ?? ''];
    if (!key) continue;
    const size = Number(note.dataset.size);
    const limit = Number(note.dataset.limit);
    note.textContent = translate(key, { size, limit });
  }
}
