import { describe, expect, it } from 'vitest';
import { detectLang, parseLang } from './detect-lang';

describe('detectLang', () => {
  it('lets ?lang= in the URL win over the stored choice and the browser', () => {
    const spanishEverywhere = { stored: 'es', languages: ['es-CL', 'es'] };
    expect(detectLang({ search: '?lang=en', ...spanishEverywhere })).toBe('en');
    expect(detectLang({ search: '?draft=1&lang=es', stored: 'en', languages: ['en-US'] })).toBe(
      'es',
    );
  });

  it('ignores a ?lang= it does not know and falls back to the stored choice', () => {
    expect(detectLang({ search: '?lang=fr', stored: 'es', languages: ['en-US'] })).toBe('es');
    expect(detectLang({ search: '?lang=', stored: 'en', languages: ['es'] })).toBe('en');
  });

  it('uses the stored choice before the browser languages', () => {
    expect(detectLang({ search: '', stored: 'en', languages: ['es-ES'] })).toBe('en');
    expect(detectLang({ search: '', stored: 'es', languages: ['en-GB'] })).toBe('es');
  });

  it('follows the browser: es* gives Spanish, anything else English', () => {
    expect(detectLang({ languages: ['es-ES', 'en'] })).toBe('es');
    expect(detectLang({ languages: ['es-419'] })).toBe('es');
    expect(detectLang({ languages: ['en-US', 'es'] })).toBe('en');
    expect(detectLang({ languages: ['fr-FR', 'es-MX'] })).toBe('es');
    expect(detectLang({ languages: ['de-DE'] })).toBe('en');
    expect(detectLang({ stored: 'garbage', languages: [] })).toBe('en');
  });

  it('reads language tags by their primary subtag', () => {
    expect(parseLang('ES-cl')).toBe('es');
    expect(parseLang('en_GB')).toBe('en');
    expect(parseLang('pt-BR')).toBeNull();
    expect(parseLang(null)).toBeNull();
  });
});
