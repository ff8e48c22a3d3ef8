import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, checkImportBytes } from '../../core/import-check';
import { formatMessage } from '../../i18n/translate';
import { refusalText } from './refusal-text';

const refusalOf = (name: string, bytes: Uint8Array) => {
  const result = checkImportBytes(name, bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
};

describe('refusalText', () => {
  it('names the file and the format, in English and in Spanish', () => {
    const png = refusalOf(
      'foto.md',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(refusalText('en', png)).toBe(
      '“foto.md” was not imported: it is a PNG image, not a Markdown or text file.',
    );
    expect(refusalText('es', png)).toBe(
      '«foto.md» no se importó: es una imagen PNG, no un archivo Markdown o de texto.',
    );
  });

  it('gives sizes as each language writes them', () => {
    const big = refusalOf('big.md', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61));
    expect(refusalText('en', big)).toBe(
      '“big.md” was not imported: it is 5.0 MB, and Pluma imports text files up to 5.0 MB.',
    );
    expect(refusalText('es', big)).toBe(
      '«big.md» no se importó: pesa 5,0 MB, y Pluma importa archivos de texto de hasta 5,0 MB.',
    );
  });

  it('has a sentence for every other reason', () => {
    const latin1 = refusalOf('l.md', new Uint8Array([0x74, 0xe9, 0x0a]));
    const nul = refusalOf('n.md', new Uint8Array([0x61, 0, 0x62]));
    const utf16 = refusalOf('u.md', new Uint8Array([0xff, 0xfe, 0x00, 0xd8]));
    const cases = [
      [latin1, 'notUtf8'],
      [nul, 'binary'],
      [utf16, 'badUtf16'],
    ] as const;
    for (const [refusal, why] of cases) {
      expect(refusal.why).toBe(why);
      for (const lang of ['en', 'es'] as const) {
        const text = refusalText(lang, refusal);
        expect(text).not.toMatch(/\{|import\.why/);
        // The file's name and the sentence of its own reason, not another's.
        const reason = formatMessage(lang, `import.why.${why}`);
        expect(text).toBe(
          formatMessage(lang, 'import.refused', { name: refusal.name, why: reason }),
        );
      }
    }
    expect(refusalText('es', latin1)).toContain('no es texto UTF-8');
  });
});
