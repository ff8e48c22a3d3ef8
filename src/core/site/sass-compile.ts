/**
 * Compiles a site's Sass stylesheet (`css/main.scss` importing `_sass/_base.scss`) with Dart
 * Sass, as Jekyll's sass converter does: partials from the stylesheet's folder and the site's
 * `sass_dir`, all from memory. Run in its own worker (src/workers/sass-worker.ts): the
 * compiler is large and loaded only when a site has Sass.
 */
import { compileString, type Importer, type Syntax } from 'sass';
import type { SassRequest } from './sass-protocol.ts';

function syntaxOf(path: string): Syntax {
  if (path.endsWith('.sass')) return 'indented';
  return path.endsWith('.css') ? 'css' : 'scss';
}

function join(dir: string, path: string): string {
  const parts: string[] = [];
  for (const part of `${dir}/${path}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The files `@import "name"` may mean, in Sass's order. */
function candidates(path: string): string[] {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  if (/\.(?:s[ac]ss|css)$/.test(name)) return [`${dir}_${name}`, path];
  return ['scss', 'sass', 'css'].flatMap((ext) => [
    `${dir}_${name}.${ext}`,
    `${dir}${name}.${ext}`,
    `${path}/_index.${ext}`,
    `${path}/index.${ext}`,
  ]);
}

function importerFor(files: Map<string, string>, sassDir: string): Importer<'sync'> {
  const find = (paths: string[]) => {
    for (const candidate of paths.flatMap(candidates)) {
      if (files.has(candidate)) return new URL(`pluma:/${candidate}`);
    }
    return null;
  };
  return {
    canonicalize(url, context) {
      // Sass hands an import relative to the importing file already resolved against it.
      if (url.startsWith('pluma:')) return find([join('', url.replace(/^pluma:\/*/, ''))]);
      const from = context.containingUrl?.pathname.replace(/^\/+/, '') ?? '';
      return find([
        join(from.slice(0, Math.max(0, from.lastIndexOf('/'))), url),
        join(sassDir, url),
      ]);
    },
    load(url) {
      const path = url.pathname.replace(/^\/+/, '');
      const contents = files.get(path);
      return contents === undefined ? null : { contents, syntax: syntaxOf(path) };
    },
  };
}

/** Returns the CSS of `request`'s stylesheet; throws Sass's error when it does not compile. */
export function compileSiteSass({
  entry,
  source,
  files,
  sassDir,
}: Omit<SassRequest, 'id'>): string {
  const importer = importerFor(new Map(files), sassDir);
  const result = compileString(source, {
    syntax: syntaxOf(entry),
    url: new URL(`pluma:/${entry}`),
    importer,
    // `@import "base"` not found beside the stylesheet: the site's sass_dir, as Jekyll's load path.
    importers: [importer],
    style: 'expanded',
    // Old sites use @import and global functions: Jekyll compiles them without a word.
    logger: { warn: () => {}, debug: () => {} },
  });
  return result.css;
}
