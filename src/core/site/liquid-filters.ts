/**
 * The filters Jekyll 4.3 (with Liquid 5.4) has that liquidjs lacks or runs differently: URL
 * filters, escaping as Ruby escapes, Jekyll's where/find/group_by/sort on item properties, the
 * array filters that copy, and markdownify/smartify through the caller's converters. Filters
 * liquidjs already runs as Ruby does (where_exp, find_exp, truncate, strip_html, join, map...)
 * are left to it.
 */
import { filters as liquidFilters, toValue, type FilterImplOptions } from 'liquidjs';
import { dateFilters } from './liquid-date-filters';
import { jekyllSlugify } from './jekyll-slugify';
import { isHash, itemProperty, rubyCompare, rubyInspect, rubyToS } from './ruby-values';
import { cgiEscape, isAbsoluteUrl, normalizeUrl, uriEscape } from './url-escape';

/** What the filters need from the site. */
export interface FilterSite {
  config: Readonly<Record<string, unknown>>;
  markdownify(text: string): string;
  smartify(text: string): string;
  now(): Date;
}

const HTML_ESCAPE: Record<string, string> = {
  '&': '&amp;',
  '>': '&gt;',
  '<': '&lt;',
  '"': '&quot;',
  "'": '&#39;',
};
const XML_ESCAPE: Record<string, string> = { ...HTML_ESCAPE, "'": '&apos;' };

/** Returns `text` XML-escaped as Jekyll's xml_escape does (`'` as `&apos;`). */
export const xmlEscape = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPE[c]);

/** Returns the input's `url` when it is an object with one (a page, a post), else the input. */
const urlOf = (input: unknown) =>
  isHash(input) && typeof input.url === 'string' ? input.url : rubyToS(input);

/** Returns the Jekyll-compared equality of an item's property and a `where` target. */
function matches(property: unknown, target: unknown): boolean {
  if (target === null || target === undefined) return property === null || property === undefined;
  const text = rubyToS(target);
  if (typeof property === 'string') return property === text;
  // Ruby's Array(nil) is empty: a missing property matches no target.
  if (property === null || property === undefined) return false;
  return [property].flat().some((p) => rubyToS(p) === text);
}

/** Returns the input as the list Jekyll's where/find/group_by walk, or null for a scalar. */
function listOf(input: unknown): unknown[] | null {
  if (Array.isArray(input)) return input;
  return isHash(input) ? Object.values(input) : null;
}

/** Returns a copy of `input` changed by `change`, or the input itself when it is no array. */
function copyArray(input: unknown, change: (copy: unknown[]) => void): unknown {
  if (!Array.isArray(input)) return input;
  const copy = input.slice();
  change(copy);
  return copy;
}

const count = (n: unknown) => {
  const value = Math.trunc(Number(n));
  return Number.isFinite(value) ? value : 1;
};

/** What liquidjs binds `this` to in a filter: its context and the Liquid instance. */
type FilterImpl = ThisParameterType<Extract<FilterImplOptions, (...args: never[]) => unknown>>;
type GeneratorFilter = (this: FilterImpl, ...args: unknown[]) => Generator<unknown, unknown>;
const builtin = liquidFilters as unknown as Record<string, GeneratorFilter>;

/** Returns `input` (a URL, or a page or post with a `url`) as Jekyll's relative_url prints it. */
export function siteRelativeUrl(
  config: Readonly<Record<string, unknown>>,
  input: unknown,
): unknown {
  if (input === null || input === undefined) return input;
  const url = urlOf(input);
  if (isAbsoluteUrl(url)) return url;
  const base = rubyToS(config.baseurl).replace(/\/$/, '');
  const lead = (part: string) => (part === '' || part.startsWith('/') ? part : `/${part}`);
  return normalizeUrl(lead(base) + lead(url));
}

/** Returns the filter taking plain values: liquidjs passes `nil`, `empty` and `blank` as drops. */
function plain(filter: FilterImplOptions): FilterImplOptions {
  if (typeof filter !== 'function') return filter;
  return function (this: FilterImpl, ...args: unknown[]) {
    return filter.apply(this, args.map(toValue) as [unknown, ...unknown[]]);
  };
}

/** Returns Jekyll's filters for liquidjs, bound to the site. */
export function jekyllFilters(site: FilterSite): Record<string, FilterImplOptions> {
  const filters = siteFilters(site);
  return Object.fromEntries(Object.entries(filters).map(([name, f]) => [name, plain(f)]));
}

function siteFilters(site: FilterSite): Record<string, FilterImplOptions> {
  const zone = typeof site.config.timezone === 'string' ? site.config.timezone : 'UTC';
  const relativeUrl = (input: unknown) => siteRelativeUrl(site.config, input);
  return {
    ...dateFilters(zone, site.now),
    relative_url: relativeUrl,
    absolute_url(input: unknown): unknown {
      if (input === null || input === undefined) return input;
      const url = urlOf(input);
      if (isAbsoluteUrl(url)) return url;
      const siteUrl = rubyToS(site.config.url);
      const relative = rubyToS(relativeUrl(url));
      return siteUrl === '' ? relative : normalizeUrl(siteUrl + relative);
    },
    strip_index(input: unknown): unknown {
      const text = rubyToS(input);
      return text === '' ? input : text.replace(/\/index\.html?$/, '/');
    },
    markdownify: (input: unknown) => site.markdownify(rubyToS(input)),
    smartify: (input: unknown) => site.smartify(rubyToS(input)),
    escape: (input: unknown) =>
      input === null || input === undefined
        ? input
        : rubyToS(input).replace(/[&<>"']/g, (c) => HTML_ESCAPE[c]),
    escape_once: (input: unknown) =>
      rubyToS(input).replace(/["><']|&(?!(?:[a-zA-Z]+|#\d+);)/g, (c) => HTML_ESCAPE[c]),
    xml_escape: (input: unknown) => xmlEscape(rubyToS(input)),
    cgi_escape: (input: unknown) => cgiEscape(rubyToS(input)),
    url_encode: (input: unknown) =>
      input === null || input === undefined ? input : cgiEscape(rubyToS(input)),
    uri_escape: (input: unknown) => uriEscape(rubyToS(input)),
    slugify: (input: unknown, mode?: unknown) =>
      input === null || input === undefined
        ? input
        : jekyllSlugify(rubyToS(input), mode === undefined || mode === null ? null : String(mode)),
    normalize_whitespace: (input: unknown) => rubyToS(input).replace(/\s+/g, ' ').trim(),
    jsonify: (input: unknown) => JSON.stringify(input ?? null),
    inspect: (input: unknown) => xmlEscape(rubyInspect(input)),
    size(input: unknown): number {
      if (typeof input === 'string') return [...input].length;
      if (Array.isArray(input)) return input.length;
      return isHash(input) ? Object.keys(input).length : 0;
    },
    truncatewords(input: unknown, words: unknown = 15, ellipsis: unknown = '...'): unknown {
      if (input === null || input === undefined) return input;
      const text = rubyToS(input);
      const limit = Math.max(1, count(words));
      const list = text.trim().split(/\s+/).filter(Boolean);
      if (list.length <= limit) return text;
      return list.slice(0, limit).join(' ') + rubyToS(ellipsis);
    },
    where(input: unknown, property: unknown, value: unknown): unknown {
      const list = listOf(input);
      if (!property || Array.isArray(value) || isHash(value) || !list) return input;
      return list.filter((item) => matches(itemProperty(item, rubyToS(property)), value));
    },
    find(input: unknown, property: unknown, value: unknown): unknown {
      const list = listOf(input);
      if (!property || Array.isArray(value) || isHash(value) || !list) return input;
      return list.find((item) => matches(itemProperty(item, rubyToS(property)), value)) ?? null;
    },
    group_by(input: unknown, property: unknown): unknown {
      const list = listOf(input);
      if (!list) return input;
      const groups = new Map<string, unknown[]>();
      for (const item of list) {
        const key = rubyToS(itemProperty(item, rubyToS(property)));
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      return [...groups].map(([name, items]) => ({ name, items, size: items.length }));
    },
    *group_by_exp(this: FilterImpl, input: unknown, variable: unknown, expression: unknown) {
      if (!listOf(input)) return input;
      const groups = (yield* builtin.group_by_exp.call(this, input, variable, expression)) as {
        name: unknown;
        items: unknown[];
      }[];
      return groups.map((group) => ({ ...group, size: group.items.length }));
    },
    sort(input: unknown, property?: unknown, nils: unknown = 'first'): unknown {
      if (input === null || input === undefined) throw new Error('Cannot sort a null object.');
      const list = listOf(input) ?? [input];
      if (property === undefined || property === null) {
        return list.slice().sort((a, b) => rubyCompare(a, b) ?? 0);
      }
      if (nils !== 'first' && nils !== 'last') {
        throw new Error(
          `Invalid nils order: '${rubyToS(nils)}' is not a valid nils order. It must be 'first' or 'last'.`,
        );
      }
      const order = nils === 'first' ? -1 : 1;
      const keyed = list.map((item) => [itemProperty(item, rubyToS(property)), item] as const);
      keyed.sort(([a], [b]) => {
        const aNil = a === null || a === undefined;
        const bNil = b === null || b === undefined;
        if (!aNil && bNil) return -order;
        if (aNil && !bNil) return order;
        return rubyCompare(a, b) ?? rubyCompare(rubyToS(a), rubyToS(b)) ?? 0;
      });
      return keyed.map(([, item]) => item);
    },
    push: (input: unknown, value: unknown) => copyArray(input, (copy) => copy.push(value)),
    unshift: (input: unknown, value: unknown) => copyArray(input, (copy) => copy.unshift(value)),
    pop: (input: unknown, n: unknown = 1) =>
      copyArray(input, (copy) => copy.splice(Math.max(0, copy.length - count(n)))),
    shift: (input: unknown, n: unknown = 1) =>
      copyArray(input, (copy) => copy.splice(0, Math.max(0, count(n)))),
    to_integer: (input: unknown) =>
      input === true ? 1 : input === false ? 0 : Math.trunc(parseFloat(rubyToS(input))) || 0,
    divided_by(this: FilterImpl, input: unknown, operand: unknown): number {
      const [a, b] = [Number(input), Number(operand)];
      // A literal `2.0` reaches here as 2: its text says it is a Float, as Ruby sees it.
      const arg = this.token.args[0];
      const floatText = arg !== undefined && !Array.isArray(arg) && arg.getText().includes('.');
      const integers = Number.isInteger(a) && Number.isInteger(b) && !floatText;
      if (b === 0 && integers) throw new Error('divided by 0');
      return integers ? Math.floor(a / b) : a / b;
    },
  };
}
