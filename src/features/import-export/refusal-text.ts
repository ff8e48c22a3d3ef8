/** The sentence that tells a person why a file was not imported, in their language. */
import type { ImportRefusal, KnownFormat } from '../../core/import-check';
import { formatSize } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages-en';
import { formatMessage } from '../../i18n/translate';
import type { Lang } from '../../i18n/translate';

const FORMAT_KEYS: Record<KnownFormat, MessageKey> = {
  png: 'import.format.png',
  jpeg: 'import.format.jpeg',
  gif: 'import.format.gif',
  pdf: 'import.format.pdf',
  zip: 'import.format.zip',
  webp: 'import.format.webp',
};

/** Returns “name” was not imported: why, in `lang`. */
export function refusalText(lang: Lang, refusal: ImportRefusal): string {
  const say = (key: MessageKey, params?: Record<string, string>) =>
    formatMessage(lang, key, params);
  let why: string;
  if (refusal.why === 'tooLarge') {
    why = say('import.why.tooLarge', {
      size: formatSize(lang, refusal.size),
      max: formatSize(lang, refusal.max),
    });
  } else if (refusal.why === 'format') {
    why = say('import.why.format', { format: say(FORMAT_KEYS[refusal.format]) });
  } else {
    why = say(`import.why.${refusal.why}`);
  }
  return say('import.refused', { name: refusal.name, why });
}
