import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';
import { CORPUS_DIR } from '../../../fixtures/paths.mjs';

const html = (markdown: string) => renderMarkdown(markdown, { wrapBlocks: false });
const corpusText = (file: string) => readFileSync(path.join(CORPUS_DIR, file), 'utf8');

describe('GFM', () => {
  test('tables, task lists, strikethrough, autolinks, footnotes', () => {
    const out = html(
      '| a | b |\n|---|--:|\n| 1 | 2 |\n\n- [x] hecho\n- [ ] no\n\n~~no~~ www.example.com\n\nNota[^n].\n\n[^n]: Texto.\n',
    );
    expect(out).toContain('<th>a</th>');
    expect(out).toContain('<td align="right">2</td>');
    expect(out).toMatch(/<input type="checkbox" checked disabled> hecho/);
    expect(out).toContain('<del>no</del>');
    expect(out).toContain('<a href="http://www.example.com">www.example.com</a>');
    expect(out).toContain('<li id="user-content-fn-n">');
  });
});

describe('sanitization', () => {
  test.each([
    ['<script>alert(1)</script>', /script|alert/],
    ['<img src="x.png" onerror="alert(1)">', /onerror|alert/],
    ['[a](javascript:alert(1))', /javascript/],
    ['<a href="javascript:alert(1)">a</a>', /javascript/],
    ['![a](data:image/png;base64,AAAA)', /data:/],
    ['<a href="data:text/html,<script>x</script>">a</a>', /data:|script/],
    ['<svg><script>alert(1)</script></svg>', /svg|script|alert/],
    ['<p style="width: expression(alert(1))">x</p>', /style|expression/],
    ['<style>body { background: url(javascript:x) }</style>', /style|javascript|body/],
    ['<div onclick="x()">a</div>', /onclick/],
  ])('%s is neutralised', (markdown, unsafe) => {
    expect(html(markdown)).not.toMatch(unsafe);
  });

  test('safe raw HTML from posts survives, an iframe becomes a link placeholder', () => {
    const out = html(
      '<div class="caja"><img src="//68.media.tumblr.com/a/tumblr_x.jpg" alt="Foto" width="500"></div>\n\n<iframe src="https://www.youtube.com/embed/abc" allowfullscreen></iframe>\n',
    );
    expect(out).toContain(
      '<div class="caja"><img src="https://68.media.tumblr.com/a/tumblr_x.jpg" alt="Foto" width="500"></div>',
    );
    expect(out).toContain(
      '<div class="embed" data-embed="iframe"><a href="https://www.youtube.com/embed/abc">',
    );
    expect(out).not.toContain('<iframe');
  });

  test('an iframe inside a paragraph becomes an inline placeholder; its content is dropped', () => {
    expect(html('Mira <iframe src="https://www.youtube.com/embed/x">texto</iframe> aquí.')).toBe(
      '<p>Mira <span class="embed" data-embed="iframe"><a href="https://www.youtube.com/embed/x">https://www.youtube.com/embed/x</a></span> aquí.</p>',
    );
    // A real post whose iframe holds stray text.
    const out = renderMarkdown(
      corpusText('codeandomexico-blog/2014-05-20-hackeando-la-educacion-en-mx.md'),
      { wrapBlocks: false },
    );
    expect(out).toContain(
      '<div class="embed" data-embed="iframe"><a href="http://datamx.io/dataset/censo-educativo-sep/widget">',
    );
    expect(out).not.toMatch(/unwantedtext|<iframe/);
  });

  test('raw HTML is parsed as HTML5: entities decoded, tags closed inside their block', () => {
    expect(html('<img alt="Caf&eacute; y t&#233;" src="a.png" align="middle">\n')).toBe(
      '<img alt="Café y té" src="https://ciudadanointeligente.org/a.png" align="middle">',
    );
    expect(html('<p align="center">Centro <b>x</b></p>\n')).toBe(
      '<p align="center">Centro <b>x</b></p>',
    );
    expect(html('Texto <span class="x">a</span> <em>abierta\n\nSigue')).toBe(
      '<p>Texto <span class="x">a</span> <em>abierta</em></p>\n<p>Sigue</p>',
    );
    // Each block's wrapper must hold balanced HTML, or an open tag would swallow later blocks.
    expect(renderMarkdown('<div class="caja">\nabre\n\n**Texto**\n\n</div>\n')).toMatch(
      /^<div data-block="\w+" [^>]*><div class="caja">\nabre<\/div><\/div>\n<div [^>]*><p><strong>Texto<\/strong><\/p><\/div>\n<div [^>]*><\/div>$/,
    );
  });

  test('raw HTML of real posts keeps its images, boxes and videos', () => {
    const blog = renderMarkdown(
      corpusText('ciudadanointeligente-blog/2018-03-05-no-impunidad.markdown'),
    );
    expect(blog).toContain(
      '<div class="embed" data-embed="iframe"><a href="https://www.youtube.com/embed/FLVweoK150A">https://www.youtube.com/embed/FLVweoK150A</a></div>',
    );
    const post = corpusText(
      'codeandomexico-blog/2015-01-22-las-5-estrellas-de-los-datos-abiertos.md',
    );
    const out = renderMarkdown(post, {
      wrapBlocks: false,
      siteUrl: 'https://blog.codeandomexico.org/',
    });
    expect(out).toContain(
      '<div class="full zoomable"><img src="http://flowingdata.com/wp-content/uploads/2011/07/Data-and-cake.jpg"></div>',
    );
    const tutorial = corpusText(
      'codeandomexico-blog/2015-06-22-limpia-tus-datos-en-la-nube-open-refine-en-datamx.md',
    );
    expect(
      renderMarkdown(tutorial, { wrapBlocks: false, siteUrl: 'https://blog.codeandomexico.org/' }),
    ).toContain(
      '<div class="full zoomable"><img src="https://blog.codeandomexico.org/images/posts/refine_1.png"></div>',
    );
  });

  test('sanitize: false keeps raw HTML as written', () => {
    expect(
      renderMarkdown('<b onclick="x">a</b>', { sanitize: false, wrapBlocks: false }),
    ).toContain('onclick');
  });
});

describe('kramdown IALs', () => {
  test('an IAL line after an image ends the paragraph and classes it (18F post)', () => {
    const text = corpusText('18f-gsa-gov/2022-08-10-18f-tech-sandwich.md');
    const out = renderMarkdown(text, { wrapBlocks: false, siteUrl: 'https://18f.gsa.gov/' });
    expect(out).toContain(
      '<p class="float-left padding-right-2 padding-bottom-2"><img src="https://18f.gsa.gov/assets/blog/eng-sandwich/image4.png" alt=" "></p>\n<p>Bread represents',
    );
    expect(out).not.toContain('{:');
  });

  test('block IALs attach to the block they touch; span IALs to the element before', () => {
    expect(html('## Título\n{: #propio .grande}\n')).toBe(
      '<h2 class="grande" id="propio">Título</h2>',
    );
    expect(html('{: .antes}\nPárrafo.\n')).toBe('<p class="antes">Párrafo.</p>');
    expect(html('[sitio](https://a.org){:target="_blank"} y ![i](/i.png){:.c}')).toBe(
      '<p><a href="https://a.org" target="_blank">sitio</a> y <img src="https://ciudadanointeligente.org/i.png" alt="i" class="c"></p>',
    );
    expect(html('Texto\n\n{: .suelta}\n\nOtro\n')).toBe('<p>Texto</p>\n<p>Otro</p>');
  });

  test('unsafe attributes in an IAL are dropped', () => {
    expect(html('Hola\n{: onclick="x" style="color:red" .ok}\n')).toBe('<p class="ok">Hola</p>');
  });
});

describe('Liquid', () => {
  test('tags and outputs become placeholders; a lone tag is a block placeholder', () => {
    expect(html('{% include cta.html %}\n')).toBe(
      '<div class="liquid" data-liquid="tag">{% include cta.html %}</div>',
    );
    expect(html('Hola {{ page.title }}.')).toBe(
      '<p>Hola <span class="liquid" data-liquid="output">{{ page.title }}</span>.</p>',
    );
  });

  test('{% raw %} shows its content literally, also inside code (Jekyll docs post)', () => {
    const text = corpusText('jekyll-docs/2019-03-18-jekyll-4-0-0-pre-alpha1-released.markdown');
    const out = renderMarkdown(text, { wrapBlocks: false });
    expect(out).toContain('<code>{{ site.baseurl }}</code>');
    expect(out).not.toContain('raw %}');
    expect(html('{% raw %}{{ x }}{% endraw %} y {{ y }}')).toBe(
      '<p>{{ x }} y <span class="liquid" data-liquid="output">{{ y }}</span></p>',
    );
  });

  test('{% highlight %} renders as a code block', () => {
    expect(html('{% highlight ruby %}\nputs 1\n{% endhighlight %}\n')).toBe(
      '<pre><code class="language-ruby">puts 1\n</code></pre>',
    );
  });

  test('{{ site.baseurl }} in a URL resolves to the site base', () => {
    const out = renderMarkdown('![a]({{ site.baseurl }}/assets/a.png) [b]({{site.baseurl}}/x/)', {
      siteUrl: 'https://18f.gsa.gov/blog',
      wrapBlocks: false,
    });
    expect(out).toBe(
      '<p><img src="https://18f.gsa.gov/blog/assets/a.png" alt="a"> <a href="https://18f.gsa.gov/blog/x/">b</a></p>',
    );
  });
});

describe('excerpt marker, heading ids, URLs', () => {
  test('<!--more--> survives sanitization as a marker', () => {
    expect(html('Intro\n\n<!--more-->\n\nResto')).toContain(
      '<hr class="excerpt-marker" data-label="more">',
    );
    expect(html('Intro <!--more--> resto')).toContain(
      '<span class="excerpt-marker" data-label="more"></span>',
    );
  });

  test('heading ids follow kramdown-parser-gfm, duplicates numbered', () => {
    const out = html(
      '# Acción ciudadana!\n\n## Acción ciudadana!\n\n### `code` y **negrita** -- 2016\n\n## Título {#mio}\n\n# Acción ciudadana!\n',
    );
    expect(out).toContain('<h1 id="acción-ciudadana">');
    expect(out).toContain('<h2 id="acción-ciudadana-1">');
    expect(out).toContain('<h3 id="code-y-negrita--2016">');
    expect(out).toContain('<h2 id="mio">Título</h2>');
    expect(out).toContain('<h1 id="acción-ciudadana-2">');
  });

  test('relative and protocol-relative URLs resolve against siteUrl', () => {
    const out = renderMarkdown(
      '[a](/x) [b](img/y.png) [c](#sec) [d](//h.org/z) [e](mailto:a@b.cl)',
      { siteUrl: 'https://blog.example.org/', wrapBlocks: false },
    );
    expect(out).toBe(
      '<p><a href="https://blog.example.org/x">a</a> <a href="https://blog.example.org/img/y.png">b</a> <a href="#sec">c</a> <a href="https://h.org/z">d</a> <a href="mailto:a@b.cl">e</a></p>',
    );
  });

  test('blocks are wrapped with their key and source offsets by default', () => {
    expect(renderMarkdown('Uno\n\nDos\n')).toMatch(
      /^<div data-block="b\w+" data-source-from="0" data-source-to="5"><p>Uno<\/p><\/div>\n<div data-block="b\w+" data-source-from="5" data-source-to="9"><p>Dos<\/p><\/div>$/,
    );
  });
});

describe('sanitizer schema additions', () => {
  test('keeps figures with captions and prefixes name attributes', () => {
    const html = renderMarkdown(
      '<figure><img src="/a.png" name="body"><figcaption>Pie de foto</figcaption></figure>',
    );
    expect(html).toContain('<figcaption>Pie de foto</figcaption>');
    expect(html).toContain('name="user-content-body"');
  });
});

describe("kramdown's typography", () => {
  // The expected HTML is what kramdown (Debian's ruby-kramdown, as Jekyll 4.3.1 runs it) prints
  // for the same Markdown.
  const plain = (md: string) => renderMarkdown(md, { wrapBlocks: false }).trim();

  test('quotes, apostrophes, ellipsis and dashes as kramdown prints them', () => {
    const md =
      '"Hola" dijo... -- y --- fin. Don\'t \'cita\' "[enlace](http://x)" y `"code"` <b>"raw"</b>.\n\n' +
      "\"Empieza\" al 'inicio' de los '90s.";
    expect(plain(md)).toBe(
      '<p>“Hola” dijo… – y — fin. Don’t ‘cita’ “<a href="http://x">enlace</a>” y <code>"code"</code> <b>“raw”</b>.</p>\n' +
        '<p>“Empieza” al ‘inicio’ de los ’90s.</p>',
    );
  });

  test('Liquid keeps its straight quotes (the preview shows it as written)', () => {
    const html = plain('Antes "dicho" {{ "x" | append: \'y\' }} después.');
    expect(html).toContain('“dicho”');
    expect(html).toContain('{{ "x" | append: \'y\' }}');
  });

  test('code blocks keep straight quotes and double hyphens', () => {
    expect(plain('```\n"a" -- b...\n```')).toBe('<pre><code>"a" -- b...\n</code></pre>');
  });
});
