import { describe, expect, it } from 'vitest';
import { cleanStylesheet, isStylesheetUrl } from './stylesheet';

describe('cleanStylesheet', () => {
  it('strips @import and url() of javascript: URLs, however written', () => {
    const css = [
      '@import "javascript:alert(1)";',
      "@import url('javascript:alert(2)');",
      '@import url(j/**/avascript:alert(3));',
      '@import "\\6a avascript:alert(4)";',
      'body { background: url(javascript:alert(5)); }',
      'p { width: expression(alert(6)); -moz-binding: url(x.xml#x); }',
    ].join('\n');
    const out = cleanStylesheet(css);
    expect(out).not.toMatch(/javascript/i);
    expect(out).not.toMatch(/expression\s*\(/i);
    expect(out).not.toMatch(/-moz-binding\s*:/i);
    expect(out).toContain('body { background: none; }');
  });

  it('leaves an ordinary stylesheet as it was', () => {
    const css =
      '@import url("https://fonts.example/css?family=Lato");\n' +
      '.page-header { font-family: Lato; background: url(/img/bg.png); }\n';
    expect(cleanStylesheet(css)).toBe(css);
  });
});

describe('isStylesheetUrl', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(isStylesheetUrl('https://blog.example.org/css/main.css')).toBe(true);
    expect(isStylesheetUrl('javascript:alert(1)')).toBe(false);
    expect(isStylesheetUrl('/css/main.css')).toBe(false);
  });
});
