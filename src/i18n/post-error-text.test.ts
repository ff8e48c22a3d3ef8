import { describe, expect, it } from 'vitest';
import { parsePost } from '../core/post';
import { postErrorText } from './post-error-text';
import { formatMessage, type Lang } from './translate';

const tOf = (lang: Lang) => (key: Parameters<typeof formatMessage>[1], params?: object) =>
  formatMessage(lang, key, params as Record<string, string>);

describe('postErrorText', () => {
  it('words quotes inside a title in Spanish, naming the key, not in the parser’s English', () => {
    const post = parsePost('---\ntitle: "El "Plan Nacional": qué significa"\n---\n');
    const text = postErrorText(tOf('es'), post.errors[0]);
    expect(text).toContain('El valor de «title» tiene comillas dentro de comillas');
    expect(text).not.toMatch(/mapping/i);
    expect(postErrorText(tOf('en'), post.errors[0])).toContain('The value of “title” has quotes');
  });

  it.each([
    ['---\ntitle: uno\ntitle: dos\n---\n', 'La clave «title» aparece más de una vez'],
    ['---\ntitle: "sin cierre\nintro: x\n---\n', 'Unas comillas abiertas aquí no se cierran'],
    ['---\nimage:\n\tsrc: a.png\n---\n', 'sangría con tabulador'],
    ['---\ncaption: créditos: Le Journal\n---\n', 'dos puntos y espacio'],
    ['---\nimage: {{ site.baseurl }}/x.png\n---\n', 'empieza con { o ['],
    ['---\ntitle: a\n', 'nunca se cierra con una línea «---»'],
    ['---js\n{}\n---\n', 'No se admite un encabezado en «js»'],
    ['---\n- a\n- b\n---\n', 'lista de líneas «clave: valor»'],
  ])('words %j in Spanish', (text, words) => {
    const [error] = parsePost(text).errors;
    expect(postErrorText(tOf('es'), error)).toContain(words);
  });

  it('falls back to a plain sentence for codes without their own', () => {
    expect(postErrorText(tOf('es'), { code: 'KEY_OVER_1024_CHARS' })).toBe(
      'YAML no puede leer esta línea. Revisa sus comillas, los «:» y la sangría.',
    );
  });
});
