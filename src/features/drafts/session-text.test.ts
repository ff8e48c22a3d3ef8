import { describe, expect, it } from 'vitest';
import { toStorageError } from '../../storage';
import { STATUS } from './session-state';
import { sessionSentence, translateSessionText, unreadableSentence } from './session-text';

describe('translateSessionText', () => {
  it('gives the session’s English sentences back untouched in English', () => {
    const text = `${unreadableSentence(2)} ${sessionSentence('session.gone')}`;
    expect(translateSessionText(text, 'en')).toBe(text);
    expect(unreadableSentence(1)).toBe(
      '1 stored draft could not be read. They were kept untouched; other drafts are fine.',
    );
  });

  it('translates the save status and storage sentences into Spanish', () => {
    expect(translateSessionText(STATUS.saved.message, 'es')).toBe('Guardado');
    expect(translateSessionText(STATUS.saving.message, 'es')).toBe('Guardando…');
    const quota = toStorageError(new DOMException('full', 'QuotaExceededError')).message;
    expect(translateSessionText(quota, 'es')).toMatch(/^El navegador no tiene más espacio/);
  });

  it('translates each sentence of a joined notice, counts included', () => {
    const corrupt = toStorageError(new DOMException('bad', 'DataError')).message;
    const joined = [corrupt, unreadableSentence(3)].join(' ');
    expect(translateSessionText(joined, 'es')).toBe(
      'No se pudieron leer algunos datos guardados. Quedaron intactos; exporta lo que puedas. ' +
        'No se pudieron leer 3 borradores guardados. Quedaron intactos; los demás borradores ' +
        'están bien.',
    );
  });

  it('shows text it does not know as it is', () => {
    expect(translateSessionText('A stored draft could not be read (meta x).', 'es')).toBe(
      'A stored draft could not be read (meta x).',
    );
  });
});
