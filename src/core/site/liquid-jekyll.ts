/**
 * Liquid as Jekyll 4.3 runs it (Liquid 5.4 with Jekyll's filters and tags), on liquidjs, from
 * the site's files in memory: `{% include %}` from `_includes/`, `post_url`, `link`,
 * `highlight`, Jekyll's filters, lax variables and filters (an unknown filter passes its input
 * through, as in Jekyll). Tags nobody knows (a plugin's) render nothing and are listed.
 * Parsed templates are cached by file and source, so re-rendering a layout never parses it again.
 */
import { Liquid, LiquidError, Tag, toValue, type Template } from 'liquidjs';
import { jekyllFilters, siteRelativeUrl } from './liquid-filters';
import { rubyStringLiterals } from './liquid-source';
import { jekyllTags } from './liquid-tags';
import { rubyOutput } from './ruby-values';

export interface JekyllLiquidOptions {
  /** The site's text files by path relative to the site root ('_includes/head.html' → text). */
  files: ReadonlyMap<string, string>;
  /** The parsed _config.yml (with Jekyll's defaults merged by the caller): url, baseurl, ... */
  config: Readonly<Record<string, unknown>>;
  /** For {% post_url name %}: the name as written in the tag ('2019-04-05-declaracion-alertadores'
   *  or 'sub/2019-…', without a leading '/') → the post's url. */
  postUrls: ReadonlyMap<string, string>;
  /** For {% link path %}: a file's path relative to the site root → its url. */
  fileUrls: ReadonlyMap<string, string>;
  /** kramdown's Markdown → HTML, supplied by the caller (for the markdownify filter). */
  markdownify(text: string): string;
  /** kramdown's typography on a string (for the smartify filter), supplied by the caller. */
  smartify(text: string): string;
  /** The clock for `'now' | date` (default: the computer's). */
  now?: () => Date;
  /** How long one render may run before it stops with an error (default 10 s): Liquid in a
   *  post is untrusted, and `{% for i in (1..100000000) %}` must not hang the preview. */
  renderLimitMs?: number;
}

/** A Liquid syntax or render error, with the file (an include's own path) and line. */
export class SiteLiquidError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(message: string, file: string, line: number | null) {
    super(message);
    this.name = 'SiteLiquidError';
    this.file = file;
    this.line = line;
  }
}

export interface JekyllLiquid {
  /** Renders `source` (the text of `file`) with `scope` (e.g. { site, page, content, layout,
   *  paginator }), synchronously. Throws SiteLiquidError with the file (an include's own path
   *  when the error is inside an include) and line on a Liquid syntax or render error. */
  render(source: string, scope: Record<string, unknown>, file: string): string;
  /** Tags the templates rendered so far used that neither Liquid nor Jekyll nor Pluma knows (a
   *  plugin's, e.g. `seo`, `feed_meta`): they render nothing and are listed here, for a notice. */
  readonly unknownTags: ReadonlySet<string>;
}

/** How many parsed templates are kept (a layout chain, includes, and recent bodies). */
const CACHE_SIZE = 256;
const POSITION = /,(?: file:[^,]*,)? line:\d+, col:\d+$/;
// Block delimiters that are errors on their own, as in Ruby Liquid.
const DELIMITERS = new Set(['else', 'elsif', 'when']);

/** Returns the error as a SiteLiquidError naming the file and line where it happened. */
function siteError(error: unknown, file: string): SiteLiquidError {
  if (error instanceof SiteLiquidError) return error;
  if (LiquidError.is(error)) {
    const liquidError = error as LiquidError & {
      token?: { file?: string; getPosition(): number[] };
    };
    const original = (liquidError as { originalError?: Error }).originalError;
    const message = (original?.message ?? liquidError.message).replace(POSITION, '');
    const token = liquidError.token;
    return new SiteLiquidError(message, token?.file ?? file, token ? token.getPosition()[0] : null);
  }
  return new SiteLiquidError(error instanceof Error ? error.message : String(error), file, null);
}

/** Returns a Liquid renderer that behaves as Jekyll's for the site described by `options`. */
export function createJekyllLiquid(options: JekyllLiquidOptions): JekyllLiquid {
  const unknownTags = new Set<string>();
  const liquid = new Liquid({
    jekyllInclude: true,
    jekyllWhere: true,
    strictFilters: false,
    strictVariables: false,
    ownPropertyOnly: true,
    dynamicPartials: false,
    relativeReference: false,
    templates: {},
    renderLimit: options.renderLimitMs ?? 10_000,
    // Characters and items one render may create; a real site's pages use a few million.
    memoryLimit: 1e8,
    // Applied to every `{{ }}`: print values as Ruby does (a hash as `{"a"=>1}`, nil as '').
    outputEscape: (value: unknown) => rubyOutput(toValue(value)),
  });
  const cache = new Map<string, Template[]>();
  const parse = (source: string, file: string): Template[] => {
    const key = `${file}\u0000${source}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const templates = liquid.parse(rubyStringLiterals(source), file);
    cache.set(key, templates);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return templates;
  };
  const filters = jekyllFilters({
    config: options.config,
    markdownify: options.markdownify,
    smartify: options.smartify,
    now: options.now ?? (() => new Date()),
  });
  for (const [name, filter] of Object.entries(filters)) liquid.registerFilter(name, filter);
  const relativeUrl = (url: string) => String(siteRelativeUrl(options.config, url));
  const tags = jekyllTags({ ...options, parse, relativeUrl });
  for (const [name, tag] of Object.entries(tags)) liquid.registerTag(name, tag as never);

  class UnknownTag extends Tag {
    render(): string {
      if (!this.name.startsWith('end')) unknownTags.add(this.name);
      return '';
    }
  }
  // liquidjs looks tags up by name on this object; an unknown name falls through to here.
  const known = liquid.tags;
  Object.setPrototypeOf(
    known,
    new Proxy(Object.create(null) as object, {
      get(_target, name) {
        if (typeof name !== 'string' || DELIMITERS.has(name)) return undefined;
        if (name.startsWith('end') && name.slice(3) in known) return undefined;
        return UnknownTag;
      },
    }),
  );

  return {
    unknownTags,
    render(source, scope, file) {
      try {
        return String(liquid.renderSync(parse(source, file), scope));
      } catch (error) {
        throw siteError(error, file);
      }
    },
  };
}
