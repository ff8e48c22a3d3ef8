// Every expected output here was printed by Jekyll 4.3.1 (Debian: Ruby 3.1, Liquid 5.4) building
// a small site with these templates, `timezone: America/Santiago`, `baseurl: /blog` and
// `url: https://example.org`. Where Pluma differs on purpose (no rouge token spans, markdownify
// and smartify supplied by the caller) the test says so.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Liquid } from 'liquidjs';
import { describe, expect, it, vi } from 'vitest';
import { JEKYLL_BLOG_DIR } from '../../../fixtures/paths.mjs';
import { createJekyllLiquid, SiteLiquidError, type JekyllLiquidOptions } from './liquid-jekyll';
import { jekyllPostInfo } from './permalink';

const config = { timezone: 'America/Santiago', baseurl: '/blog', url: 'https://example.org' };
const uno = {
  ...jekyllPostInfo(
    '_posts/2016-06-03-uno.md',
    { title: 'Uno', date: '2016-06-03 12:00:00 -0300', categories: ['b', 'a'] },
    config,
  ),
};
const dos = { ...jekyllPostInfo('_posts/2016-07-04-dos.md', { title: 'Dos' }, config), n: 10 };
const site = { posts: [dos, uno], pages: [{ path: 't.html' }, { title: 'Tres', n: 9 }] };

function liquidFor(files: Record<string, string> = {}, more: Partial<JekyllLiquidOptions> = {}) {
  return createJekyllLiquid({
    files: new Map(Object.entries(files)),
    config,
    postUrls: new Map([['2016-06-03-uno', uno.url]]),
    fileUrls: new Map([
      ['sub/tres.md', '/sub/tres.html'],
      ['_posts/2016-07-04-dos.md', dos.url],
    ]),
    markdownify: (text) => `<p>${text}</p>\n`,
    smartify: (text) => text.replace(/'/g, '’'),
    now: () => new Date('2026-12-01T10:00:00Z'),
    ...more,
  });
}

/** Renders each line of `template` and returns the output lines. */
function render(template: string, files: Record<string, string> = {}): string {
  return liquidFor(files).render(template, { site, page: { x: 1 } }, 't.html');
}

describe('date filters', () => {
  it('print what Jekyll prints', () => {
    const last = '{% assign d = site.posts.last.date %}';
    expect(
      render(
        `${last}{{ "2016-06-03 12:00:00 -0300" | date: "%Y-%m-%d %H:%M %z|%-d %e|%j %I %p %a %b %B" }}
{{ "2016-06-03 12:00:00" | date: "%H:%M %z" }}|{{ "2016-06-03" | date: "%H:%M %z" }}
{{ d | date: "%H:%M %z %Z" }}|{{ d }}|{{ d | date: "" }}
{{ d | date_to_xmlschema }} {{ "2016-06-03 12:00:00 -0300" | date_to_xmlschema }}
{{ d | date_to_rfc822 }}
{{ d | date_to_string }}|{{ d | date_to_string: "ordinal" }}|{{ d | date_to_string: "ordinal", "US" }}
{{ d | date_to_long_string }}|{{ d | date_to_long_string: "ordinal" }}|{{ d | date_to_long_string: "ordinal", "US" }}
{{ "" | date: "%Y" }}|{{ nil | date: "%Y" }}|{{ "garbage" | date: "%Y" }}|{{ 1464966000 | date: "%Y %H" }}|{{ "1464966000" | date: "%H" }}
{{ "now" | date: "%Y" }}`,
      ),
    ).toBe(`2016-06-03 12:00 -0300|3  3|155 12 PM Fri Jun June
12:00 -0400|00:00 -0400
11:00 -0400 -04|2016-06-03 11:00:00 -0400|2016-06-03 11:00:00 -0400
2016-06-03T11:00:00-04:00 2016-06-03T11:00:00-04:00
Fri, 03 Jun 2016 11:00:00 -0400
03 Jun 2016|3rd Jun 2016|Jun 3rd, 2016
03 June 2016|3rd June 2016|June 3rd, 2016
||garbage|2016 11|11
2026`);
  });

  it('refuses what is no date in the date_to_* filters, as Jekyll does', () => {
    expect(() => render('{{ "garbage" | date_to_xmlschema }}')).toThrow(
      `Invalid Date: '"garbage"' is not a valid datetime.`,
    );
  });
});

describe('URL and escaping filters', () => {
  it('print what Jekyll prints', () => {
    expect(
      render(`{{ "/a b/é?x=1" | relative_url }}|{{ "a" | relative_url }}|{{ "" | relative_url }}|{{ "http://x.org/a" | relative_url }}|{{ nil | relative_url }}|{{ "//cdn.x/a" | relative_url }}
{{ "/a b/é" | absolute_url }}|{{ "" | absolute_url }}|{{ "mailto:a@b" | absolute_url }}|{{ "#top" | relative_url }}
{{ 'a "b" <c> & d' | xml_escape }}|{{ "it's" | xml_escape }}|{{ "a b/c?d=é&f+g" | cgi_escape }}|{{ "a b/c?d=é&f+g~'()*" | url_encode }}
{{ "foo, bar baz? é [x] <y>" | uri_escape }}
{{ "it's <b>" | escape }}|{{ "a &amp; b" | escape }}|{{ "a &amp; b" | escape_once }}|{{ nil | escape }}`),
    ).toBe(`/blog/a%20b/%C3%A9?x=1|/blog/a|/blog|http://x.org/a||/blog//cdn.x/a
https://example.org/blog/a%20b/%C3%A9|https://example.org/blog|mailto:a@b|/blog/#top
a &quot;b&quot; &lt;c&gt; &amp; d|it&apos;s|a+b%2Fc%3Fd%3D%C3%A9%26f%2Bg|a+b%2Fc%3Fd%3D%C3%A9%26f%2Bg~%27%28%29%2A
foo,%20bar%20baz?%20%C3%A9%20[x]%20%3Cy%3E
it&#39;s &lt;b&gt;|a &amp;amp; b|a &amp; b|`);
  });

  it('hands markdownify and smartify to the converters the caller supplies', () => {
    expect(render(`{{ "*hola*" | markdownify }}|{{ "it's" | smartify }}`)).toBe(
      '<p>*hola*</p>\n|it’s',
    );
  });
});

describe('string filters', () => {
  it('print what Jekyll prints', () => {
    const title = 'Encuentro Regional de la Alianza para el Gobierno Abierto';
    expect(
      render(`{{ "Hola, Mundo! Qué tal -- ¿bien? _x_ 'y' (z)" | slugify }}|{{ "Hola, Mundo! Qué tal _x_" | slugify: "pretty" }}|{{ "Hola Mundo Qué" | slugify: "latin" }}
{{ "Hola  mundo que   tal" | number_of_words }}|{{ "" | number_of_words }}|{{ "  a   b  " | normalize_whitespace }}|
{{ "a,b,c" | split: "," | array_to_sentence_string }}|{{ "a,b" | split: "," | array_to_sentence_string: "y" }}|{{ "a" | split: "," | array_to_sentence_string }}
{{ site.posts.last.categories | jsonify }}|{{ page.x | jsonify }}|{{ nil | jsonify }}|{{ site.nothing | jsonify }}|{{ 1.5 | jsonify }}
{{ site.posts.last.categories | inspect }}|{{ nil | inspect }}|{{ 3 | inspect }}
{{ "${title}" | truncate: 42, "" }}|{{ "${title}" | truncate: 20 }}|{{ "ab" | truncate: 2 }}|{{ "abcdef" | truncate: 2 }}|{{ "áéíóúñ" | truncate: 4, "" }}
{{ "Encuentro Regional de la Alianza" | truncatewords: 3 }}|{{ "a b" | truncatewords: 3 }}|{{ "a   b c d" | truncatewords: 2, "" }}|{{ "a  b c" | truncatewords: 3 }}
{{ "<p>a <b>b</b></p><!-- c --><script>x</script><style>y</style>z" | strip_html }}|{{ "a" | size }}|{{ site.posts | size }}|{{ nil | size }}|{{ "áé" | size }}
{{ 10 | divided_by: 4 }}|{{ 5 | divided_by: 2.0 }}|{{ -7 | divided_by: 2 }}|{{ 3 | times: 1.5 }}|{{ "3" | plus: 2 }}|{{ 7 | modulo: 3 }}|{{ "x" | nosuchfilter }}|{{ "x" | nosuchfilter: 1 | upcase }}`),
    ).toBe(`hola-mundo-qué-tal-bien-x-y-z|hola,-mundo!-qué-tal-_x_|hola-mundo-que
4|0|a b|
a, b, and c|a y b|a
["b","a"]|1|null|null|1.5
[&quot;b&quot;, &quot;a&quot;]|nil|3
Encuentro Regional de la Alianza para el G|Encuentro Regiona...|ab|...|áéíó
Encuentro Regional de...|a b|a b|a  b c
a bz|1|2|0|2
2|2.5|-4|4.5|5|1|x|X`);
  });
});

describe('output', () => {
  it('prints hashes, arrays, nil and booleans as Ruby does', () => {
    const liquid = liquidFor();
    const page = { h: { a: 1, b: [1, null, 'x'] } };
    expect(liquid.render('{{ page.h }}|{{ page.h.b }}|{{ true }}|{{ nil }}', { page }, 'x')).toBe(
      '{"a"=>1, "b"=>[1, nil, "x"]}|1x|true|',
    );
  });
});

describe('string literals', () => {
  // Ruby's Liquid reads no escapes in quoted strings; Jekyll 4.3.1 printed these.
  it('keep their backslashes, as in Ruby', () => {
    const liquid = liquidFor();
    const page = { title: 'El "Plan"', text: 'a\nb' };
    const template =
      '{{ page.title | replace: \'"\', \'\\"\' }}|{{ "a\\nb" | size }}|{{ page.text | split: "\\n" | size }}|{{ "x\\" }}|{% raw %}{{ "\\n" }}{% endraw %}';
    expect(liquid.render(template, { page }, 'x')).toBe('El \\"Plan\\"|4|1|x\\|{{ "\\n" }}');
  });
});

describe('array filters', () => {
  it('print what Jekyll prints', () => {
    expect(
      render(`{% assign g = site.posts | group_by: "title" %}{% for x in g %}{{ x.name }}:{{ x.size }};{% endfor %}|{% assign g2 = site.posts | group_by_exp: "p", "p.date | date: '%Y-%m'" %}{% for x in g2 %}{{ x.name }}:{{ x.size }};{% endfor %}
{{ site.posts | where: "title", "Dos" | map: "title" | join }}|{{ site.posts | where_exp: "p", "p.title != 'Dos'" | map: "title" | join }}|{{ site.posts | where: "categories", "a" | map: "title" | join }}|{{ site.posts | where: "n", "10" | map: "title" | join }}
{{ site.pages | sort: "n" | map: "title" | join: "," }}|{{ site.pages | sort: "n", "last" | map: "title" | join: "," }}|{{ "c,a,B" | split: "," | sort | join }}|{{ "c,a,B" | split: "," | sort_natural | join }}
{{ "a,b,c" | split: "," | push: "d" | join }}|{{ "a,b,c" | split: "," | pop | join }}|{{ "a,b,c" | split: "," | shift | join }}|{{ "a,b,c" | split: "," | unshift: "z" | join }}|{{ "a,b,c" | split: "," | pop: 2 | join }}`),
    ).toBe(`Dos:1;Uno:1;|2016-07:1;2016-06:1;
Dos|Uno|Uno|Dos
,Tres|Tres,|B a c|a B c
a b c d|a b|b c|z a b c|a`);
  });

  it('finds one item by property or expression', () => {
    const out = render(
      '{% assign a = site.posts | find: "title", "Uno" %}{% assign b = site.posts | find_exp: "p", "p.title contains \'o\'" %}{{ a.title }}|{{ b.title }}',
    );
    expect(out).toBe('Uno|Dos');
  });
});

describe('tags', () => {
  it('links posts and files under the baseurl, as Jekyll does', () => {
    expect(
      render(
        '{% post_url 2016-06-03-uno %}|{% link sub/tres.md %}|{% link _posts/2016-07-04-dos.md %}',
      ),
    ).toBe('/blog/b/a/2016/06/03/uno.html|/blog/sub/tres.html|/blog/2016/07/04/dos.html');
  });

  it('passes include parameters: quoted strings, variables, none', () => {
    const files = {
      '_includes/inc.html': '<i>{{ include.a }}|{{ include.b }}|{{ include.c }}</i>\n',
      '_includes/outer.html':
        '[{{ include.a }}{% include inner.html b=include.a %}{% include inner.html %}]\n',
      '_includes/inner.html': '({{ include.a }}/{{ include.b }})\n',
    };
    const template = `{% include inc.html a="q\\"x" b='s' c=page.x %}|{% include inc.html %}
{% include outer.html a="x" %}|{% assign f = "inner" %}{% include {{ f }}.html b=5 %}`;
    expect(render(template, files)).toBe('<i>q"x|s|1</i>\n|<i>||</i>\n\n[x(/x)\n(x/)\n]\n|(/5)\n');
  });

  it('includes relative to the page', () => {
    const liquid = liquidFor({ 'sub/rel.md': 'rel {{ page.title }}\n' });
    const page = { title: 'P', path: 'sub/page.html' };
    expect(liquid.render('{% include_relative rel.md %}', { page }, '_layouts/default.html')).toBe(
      'rel P\n',
    );
  });

  it('renders the blog’s own post_date include as the blog shows it', () => {
    const include = readFileSync(path.join(JEKYLL_BLOG_DIR, '_includes/post_date.html'), 'utf8');
    const out = render(
      '{% include post_date.html date="2016-06-03 12:00:00 -0300" %}|{% include post_date.html date="2016-12-31 23:30:00 -0300" %}',
      { '_includes/post_date.html': include },
    );
    expect(out).toBe(' \n3 de\nJunio,\n  \n2016\n| \n31 de\nDiciembre,\n\n2016\n');
  });

  it('wraps highlighted code as Jekyll does (text without rouge’s token spans)', () => {
    const out = render(`{% highlight Ruby %}
def x(a) # <b>
  "s" & {{ page.x }}
end
{% endhighlight %}|{% highlight js linenos %}
var a = 1;
var b = "<";
{% endhighlight %}`);
    expect(out).toBe(
      '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">def x(a) # &lt;b&gt;\n  "s" &amp; 1\nend</code></pre></figure>|' +
        '<figure class="highlight"><pre><code class="language-js" data-lang="js"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="code"><pre>var a = 1;\nvar b = "&lt;";\n</pre></td></tr></tbody></table></code></pre></figure>',
    );
  });

  it('renders unknown tags as nothing and lists them', () => {
    const liquid = liquidFor();
    expect(liquid.render('a{% seo %}b{% feed_meta x %}c', {}, 'x.html')).toBe('abc');
    expect([...liquid.unknownTags]).toEqual(['seo', 'feed_meta']);
  });
});

describe('errors', () => {
  const caught = (template: string, files: Record<string, string> = {}): SiteLiquidError => {
    try {
      liquidFor(files).render(template, { page: {} }, '_posts/2016-06-03-x.md');
    } catch (error) {
      if (error instanceof SiteLiquidError) return error;
      throw error;
    }
    throw new Error('no error');
  };

  it('names the file and line of an unknown post, with Jekyll’s message', () => {
    const error = caught('a\nb {% post_url 2016-01-01-nada %}');
    expect(error.message).toBe(
      'Could not find post "2016-01-01-nada" in tag \'post_url\'.\nMake sure the post exists and the name is correct.\n',
    );
    expect([error.file, error.line]).toEqual(['_posts/2016-06-03-x.md', 2]);
  });

  it('names the include when the error is inside it', () => {
    const error = caught('x\n{% include bad.html %}', { '_includes/bad.html': '\n\n{% if %}' });
    expect([error.file, error.line]).toEqual(['_includes/bad.html', 3]);
  });

  it('says which include is missing, and why a file name is refused', () => {
    expect(caught('{% include nope.html %}').message).toMatch(
      /^Could not locate the included file 'nope.html' in any of \["_includes"\]/,
    );
    expect(caught('{% include ../x.html %}').message).toMatch(/invalid characters or sequences/);
    expect(caught('{% include x.html a=%}').message).toMatch(/^Invalid syntax for include tag/);
  });

  it('reports an unclosed tag at its line', () => {
    const error = caught('\n\n{% for x in y %}');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/not closed/);
  });
});

describe('limits', () => {
  it('stops a render that runs too long or builds too much, with an error', () => {
    const liquid = liquidFor({}, { renderLimitMs: 50 });
    const slow = '{% for i in (1..1000) %}{% for j in (1..1000) %}{{ j }}{% endfor %}{% endfor %}';
    expect(() => liquid.render(slow, {}, 'x.md')).toThrow(SiteLiquidError);
    const big =
      '{% assign s = "xx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}';
    expect(() => liquid.render(big, {}, 'x.md')).toThrow(/limit exceeded/);
  });
});

describe('caching', () => {
  it('parses a layout once however often it is rendered', () => {
    const liquid = liquidFor();
    const parse = vi.spyOn(Liquid.prototype, 'parse');
    const layout = '<main>{{ content }}</main>';
    for (let i = 0; i < 3; i++) {
      const out = liquid.render(layout, { content: `c${i}` }, '_layouts/default.html');
      expect(out).toBe(`<main>c${i}</main>`);
    }
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });
});
