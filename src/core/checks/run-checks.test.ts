import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JEKYLL_BLOG_DIR } from '../../../fixtures/paths.mjs';
import { readSiteFiles } from './site-files.fixture';
import { BUILT_IN_SITE_FACTS } from './built-in-facts';
import { siteFactsFrom } from './site-facts';
import { runChecks } from './run-checks';
import type { SiteFacts } from './types';

const site = siteFactsFrom(readSiteFiles(JEKYLL_BLOG_DIR));
const NOW = new Date('2026-12-01T10:00:00Z');
const read = (name: string) => readFileSync(path.join(JEKYLL_BLOG_DIR, '_posts', name), 'utf8');
const ALERTADORES = '2019-04-05-declaracion-alertadores.markdown';

/** Returns the findings of `text` as `id line` pairs (and the findings themselves). */
function check(
  text: string,
  filename?: string,
  facts: SiteFacts = site,
  images?: Map<string, number>,
) {
  const findings = runChecks({ text, facts, now: NOW, filename, images });
  return { findings, ids: findings.map((f) => `${f.id} ${f.line}`) };
}
const own = (name: string) => `_posts/${name}`;

describe('runChecks on the blog’s real posts', () => {
  it('finds nothing but the empty header caption in a clean post', () => {
    const name = '2019-01-23-ecuador-decide.markdown';
    expect(check(read(ALERTADORES), own(ALERTADORES)).ids).toEqual(['header-caption 11']);
    expect(check(read(name), own(name)).ids).toContain('intro-cut 4');
  });

  it('flags a title the layout cuts, with its length and what is shown', () => {
    const name =
      '2017-04-21-cinco-peliculas-para-ver-cuando-quieres-que-el-mundo-se-acabe.markdown';
    const { findings } = check(read(name), own(name));
    expect(findings.find((f) => f.id === 'title-cut')).toMatchObject({
      line: 3,
      severity: 'warning',
      params: { length: 49, shown: 42 },
    });
  });

  it('flags http: images on the https site and a skipped heading level', () => {
    const name =
      '2017-04-21-cinco-peliculas-para-ver-cuando-quieres-que-el-mundo-se-acabe.markdown';
    const { ids } = check(read(name), own(name));
    expect(ids.filter((i) => i.startsWith('http-media'))).toHaveLength(6);
    expect(ids).toContain('heading-skip 16');
    // The same post on an http site has no mixed content.
    const plain = check(read(name), own(name), { ...site, url: 'http://blog.example' }).ids;
    expect(plain.filter((i) => i.startsWith('http-media'))).toEqual([]);
  });

  it('flags YAML Jekyll rejects (an unquoted ": " in a value) as an error at its line', () => {
    const name = '2018-07-03-no-me-ocupa.markdown';
    const { findings } = check(read(name), own(name));
    expect(findings.find((f) => f.id === 'yaml')).toMatchObject({ severity: 'error', line: 12 });
    // The caption is written, though Jekyll cannot read it: the YAML error is the finding there.
    expect(findings.map((f) => f.id)).not.toContain('header-caption');
  });

  it('flags another post with the same slug and title', () => {
    const name = '2019-03-07-no-me-ocupa.markdown';
    const { ids } = check(read(name), own(name));
    expect(ids).toEqual(expect.arrayContaining(['duplicate-slug 1', 'duplicate-title 3']));
    // Without a known site there are no other posts to compare with.
    expect(check(read(name), own(name), BUILT_IN_SITE_FACTS).ids).not.toContain('duplicate-slug 1');
  });

  it('flags a file name whose day is not the date’s, even an impossible one', () => {
    const panama = '2017-25-10-panama.markdown';
    expect(
      check(read(panama), own(panama)).findings.find((f) => f.id === 'date-filename'),
    ).toMatchObject({
      params: { file: '2017-25-10', date: '2017-10-18 12:00:00 -0300' },
    });
  });

  it('flags link text that says nothing', () => {
    const name = '2018-12-15-chileleaks.markdown';
    const { findings } = check(read(name), own(name));
    expect(findings.find((f) => f.id === 'link-vague')).toMatchObject({
      severity: 'tip',
      line: 46,
      params: { text: 'aquí' },
    });
  });
});

describe('runChecks on real posts with one problem added', () => {
  const base = read(ALERTADORES);
  const body = (extra: string) => base + '\n' + extra + '\n';
  const line = base.split('\n').length + 1;

  it('flags an image without alt text and offers its emphasized caption as the fix', () => {
    const text = body('![](https://i.imgur.com/x.jpg)\n*Firmantes en Valencia*');
    const finding = check(text, own(ALERTADORES)).findings.find((f) => f.id === 'image-alt')!;
    expect(finding.line).toBe(line);
    const fixed =
      text.slice(0, finding.fix!.from) + finding.fix!.insert + text.slice(finding.fix!.to);
    expect(fixed).toContain('![Firmantes en Valencia](https://i.imgur.com/x.jpg)');
    expect(check(fixed, own(ALERTADORES)).ids).not.toContain(`image-alt ${line}`);
  });

  it('flags an HTML image without alt and an http iframe', () => {
    const text = body(
      '<img src="https://i.imgur.com/x.jpg">\n<iframe src="http://example.org/v"></iframe>',
    );
    const { ids } = check(text, own(ALERTADORES));
    expect(ids).toEqual(expect.arrayContaining([`image-alt ${line}`, `http-media ${line + 1}`]));
  });

  it('flags empty links, undefined references and a # heading under the <h1> title', () => {
    const text = body('# Otro título\n\n[](https://a.org) y [texto]() y [la ley][ley]');
    const { ids } = check(text, own(ALERTADORES));
    expect(ids).toEqual(
      expect.arrayContaining([
        `heading-h1 ${line}`,
        `link-empty ${line + 2}`,
        `reference-undefined ${line + 2}`,
      ]),
    );
    expect(ids.filter((i) => i.startsWith('link-empty'))).toHaveLength(2);
  });

  it('flags Liquid that does not parse and a post_url to no post', () => {
    const text = body('{% if page.x %}sin cerrar\n\n[antes]({% post_url 2019-01-01-no-existe %})');
    const { findings } = check(text, own(ALERTADORES));
    expect(findings.filter((f) => f.id === 'liquid').map((f) => f.params.kind)).toEqual([
      'unclosed-block',
    ]);
    expect(findings.find((f) => f.id === 'post-url-missing')?.params.name).toBe(
      '2019-01-01-no-existe',
    );
    const fine = body('{% if page.x %}x{% endif %} {% post_url 2019-01-23-ecuador-decide %}');
    expect(check(fine, own(ALERTADORES)).ids.filter((i) => /liquid|post-url/.test(i))).toEqual([]);
  });

  it('flags a link to a file the site does not have', () => {
    const text = body('[el informe](/docs/informe.pdf) y [logo](/img/logo-fci.png)');
    const { findings } = check(text, own(ALERTADORES));
    expect(findings.filter((f) => f.id === 'link-missing-file').map((f) => f.params.url)).toEqual([
      '/docs/informe.pdf',
    ]);
  });

  it('flags a stored image over 1 MB', () => {
    const text = body('![Firma](/assets/images/2019/04/firma.png)');
    const images = new Map([['assets/images/2019/04/firma.png', 2_500_000]]);
    expect(
      check(text, own(ALERTADORES), site, images).findings.find((f) => f.id === 'image-large'),
    ).toMatchObject({ params: { size: 2.4 } });
  });

  it('flags a future date, a date without offset, an unknown layout and a new category', () => {
    const text = base
      .replace('date: 2019-04-05 12:00:00 -0300)', 'date: 2030-04-05 12:00:00')
      .replace('layout: post', 'layout: entrada')
      .replace('categories: Proyecto', 'categories: Deportes');
    const { findings } = check(text, '_posts/2030-04-05-declaracion-alertadores.markdown');
    expect(findings.map((f) => `${f.id} ${f.severity}`)).toEqual(
      expect.arrayContaining([
        'layout-unknown warning',
        'date-future warning',
        'date-offset tip',
        'category-new tip',
      ]),
    );
    // Jekyll publishes future posts when the site says `future: true`.
    const future = check(text, undefined, { ...site, future: true }).ids;
    expect(future.some((i) => i.startsWith('date-future'))).toBe(false);
  });

  it('flags a new post whose file name another post has, not the post itself', () => {
    expect(check(base, own(ALERTADORES)).ids).not.toContain('duplicate-name 1');
    // Another extension is the same post to Jekyll: the same URL.
    expect(check(base, '2019-04-05-declaracion-alertadores.md').findings[0]).toMatchObject({
      id: 'duplicate-name',
      severity: 'error',
      params: { path: own(ALERTADORES) },
    });
  });
});
