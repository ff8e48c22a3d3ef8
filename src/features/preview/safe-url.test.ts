import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    '\\\\evil\\share',
    '',
  ])('refuses %j', (url) => {
    expect(safeUrl(url, 'https://blog.example.org/')).toBeNull();
  });

  it('keeps http(s), gives protocol-relative https and resolves relative against the site', () => {
    expect(safeUrl('http://a.example/x.png')).toBe('http://a.example/x.png');
    expect(safeUrl('//a.example/x.png')).toBe('https://a.example/x.png');
    expect(safeUrl('/img/x.png', 'https://blog.example.org/sub/')).toBe(
      'https://blog.example.org/img/x.png',
    );
    expect(safeUrl('x.png', '')).toBe('x.png');
    expect(safeUrl(42)).toBeNull();
  });
});
