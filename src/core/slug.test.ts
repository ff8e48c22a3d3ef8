import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugify } from './slug';
import { SAMPLE_POST } from '../../fixtures/paths.mjs';

describe('slugify', () => {
  it('transliterates Spanish accents, ñ and ü', () => {
    expect(slugify('¿Qué pasó con la Niñez en Ñuñoa? Pingüinos')).toBe(
      'que-paso-con-la-ninez-en-nunoa-pinguinos',
    );
    expect(slugify('Árbol, Éxito, Índice, Óleo, Úlcera')).toBe('arbol-exito-indice-oleo-ulcera');
  });

  it('transliterates letters NFD does not split', () => {
    expect(slugify('Straße Æsop Œuvre Ça Øre Łódź')).toBe('strasse-aesop-oeuvre-ca-ore-lodz');
  });

  it('turns punctuation into single dashes and trims them', () => {
    expect(slugify('  ¡Hola!!! — "mundo" (2016) / 50%  ')).toBe('hola-mundo-2016-50');
    expect(slugify("Chile's data: #OperaciónImpunidad")).toBe('chiles-data-operacionimpunidad');
  });

  it('drops emoji', () => {
    expect(slugify('🚀 Lanzamos 🎉 la plataforma 👩‍💻')).toBe('lanzamos-la-plataforma');
  });

  it('falls back when nothing is left', () => {
    expect(slugify('')).toBe('sin-titulo');
    expect(slugify('🎉🎉 ¿¡!?')).toBe('sin-titulo');
    expect(slugify('', 60, 'untitled')).toBe('untitled');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'Encuentro Regional de la Alianza para el Gobierno Abierto: Historias que contar desde Montevideo',
    );
    expect(slug).toBe('encuentro-regional-de-la-alianza-para-el-gobierno-abierto');
    expect(slugify('uno dos tres cuatro', 12)).toBe('uno-dos-tres');
    expect(slugify('uno dos tres cuatro', 13)).toBe('uno-dos-tres');
  });

  it('cuts a single very long word hard', () => {
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(60));
    expect(slugify('ab ' + 'c'.repeat(80), 20)).toBe('ab-' + 'c'.repeat(17));
  });

  it('slugs the sample post title to the start of its filename', () => {
    const title = /^title:\s*"(.*)"/m.exec(readFileSync(SAMPLE_POST, 'utf8'))![1];
    expect(slugify(title)).toMatch(/^encuentro-regional-de-la-alianza/);
  });
});
