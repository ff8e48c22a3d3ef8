import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { JEKYLL_BLOG_DIR } from '../../../fixtures/paths.mjs';
import { compileSiteSass } from './sass-compile.ts';

const read = (p: string) => readFileSync(path.join(JEKYLL_BLOG_DIR, p), 'utf8');

describe('compileSiteSass', () => {
  test("the blog's css/main.scss compiles with its _sass partial", () => {
    const main = read('css/main.scss');
    const source = main.slice(main.indexOf('---', 3) + 4);
    const css = compileSiteSass({
      entry: 'css/main.scss',
      source,
      files: [['_sass/_base.scss', read('_sass/_base.scss')]],
      sassDir: '_sass',
    });
    // A rule of _base.scss, its Sass variables resolved.
    expect(css).toMatch(/\.text-width p \{/);
    expect(css).toMatch(/a:hover \{/);
    expect(css).not.toContain('$');
  });

  test('partials resolve from the stylesheet folder, index files and .sass syntax', () => {
    const css = compileSiteSass({
      entry: 'assets/css/site.scss',
      source: '@import "local";\n@import "theme";\n@import "grid";',
      files: [
        ['assets/css/_local.scss', '.local { color: red; }'],
        ['_sass/theme/_index.scss', '$c: blue; .theme { color: $c; }'],
        ['_sass/_grid.sass', '.grid\n  display: grid\n'],
      ],
      sassDir: '_sass',
    });
    expect(css).toMatch(/\.local \{\s*color: red;/);
    expect(css).toMatch(/\.theme \{\s*color: blue;/);
    expect(css).toMatch(/\.grid \{\s*display: grid;/);
  });

  test('a missing partial is an error that names it', () => {
    expect(() =>
      compileSiteSass({
        entry: 'css/a.scss',
        source: '@import "nope";',
        files: [],
        sassDir: '_sass',
      }),
    ).toThrow(/nope/);
  });
});
