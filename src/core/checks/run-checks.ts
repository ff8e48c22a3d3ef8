/**
 * All the checks of a post, in text order: its front matter, its body, its Liquid and the other
 * posts of its site. Pure; the checks worker runs it after typing pauses.
 */
import { fieldRange, parsePost, type Post } from '../post';
import { lineColumn } from '../text';
import { checkBody } from './body-checks';
import { checkFrontMatter } from './front-matter-checks';
import { liquidProblems } from './liquid-check';
import type { Finding, SiteFacts, SitePost } from './types';

/** What a run of the checks is given. */
export interface CheckInput {
  /** The post's whole text (front matter and body). */
  text: string;
  facts: SiteFacts;
  /** The post's file name or path (`_posts/2019-04-05-x.markdown`), when it has one. */
  filename?: string;
  /** The moment to compare dates with (now). */
  now: Date;
  /** Sizes in bytes of the images stored with the draft, by path. */
  images?: ReadonlyMap<string, number>;
}

const SEVERITY_ORDER = { error: 0, warning: 1, tip: 2 } as const;

/** Returns the findings of `input`'s post, in text order (then errors first). */
export function runChecks(input: CheckInput, parsed?: Post): Finding[] {
  const post = parsed ?? parsePost(input.text);
  const findings: Finding[] = [];
  const add =
    (base: number): Add =>
    (f) => {
      const { at, fix, ...rest } = f;
      const from = base + at;
      const moved = fix && { from: base + fix.from, to: base + fix.to, insert: fix.insert };
      findings.push({
        ...rest,
        from,
        line: lineColumn(post.text, from).line,
        ...(moved && { fix: moved }),
      });
    };
  checkFrontMatter(post, input, add(0));
  const bodyFrom = post.ranges.body.from;
  checkBody(post.body, input, add(bodyFrom));
  for (const p of liquidProblems(post.body)) {
    add(bodyFrom)({
      id: 'liquid',
      severity: 'error',
      params: { kind: p.kind, tag: p.detail },
      at: p.at,
    });
  }
  checkPostUrls(post.body, input.facts, add(bodyFrom));
  checkDuplicates(post, input, add(0));
  return findings.sort(
    (a, b) => a.from - b.from || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

type Add = (finding: Omit<Finding, 'line' | 'from'> & { at: number }) => void;

/** Reports `{% post_url name %}` tags naming no post of the site (Jekyll stops the build). */
function checkPostUrls(body: string, facts: SiteFacts, add: Add) {
  if (!facts.posts) return;
  const names = new Set(facts.posts.map((p) => p.name));
  for (const m of body.matchAll(/\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}/g)) {
    const name = m[1].replace(/^\/+/, '');
    if (!names.has(name) && !names.has(name.slice(name.lastIndexOf('/') + 1))) {
      add({ id: 'post-url-missing', severity: 'error', params: { name }, at: m.index });
    }
  }
}

/** Reports other posts of the site with the same file name, slug or title. */
function checkDuplicates(post: Post, input: CheckInput, add: Add) {
  const posts = input.facts.posts;
  if (!posts) return;
  const base = input.filename?.slice(input.filename.lastIndexOf('/') + 1) ?? '';
  const name = base.replace(/\.[^.]+$/, '');
  // The post itself, when it is one of the site's files (opened from the repository).
  const own = (p: SitePost) => p.path === input.filename || p.path.endsWith(`/${base}`);
  const others = posts.filter((p) => !own(p));
  const slug = /^\d{4}-\d{1,2}-\d{1,2}-(.+)$/.exec(name)?.[1] ?? name;
  const title = typeof post.data.title === 'string' ? post.data.title.trim() : '';
  const titleAt = fieldRange(post, ['title'])?.from ?? 0;
  const same = others.find((p) => p.name === name);
  if (name && same) {
    add({ id: 'duplicate-name', severity: 'error', params: { path: same.path }, at: 0 });
  }
  const sameSlug = others.find((p) => p.slug === slug && p !== same);
  if (slug && sameSlug) {
    add({
      id: 'duplicate-slug',
      severity: 'warning',
      params: { path: sameSlug.path, slug },
      at: 0,
    });
  }
  const fold = (s: string) => s.toLocaleLowerCase('es').replace(/\s+/g, ' ');
  const sameTitle = title && others.find((p) => p.title && fold(p.title) === fold(title));
  if (sameTitle) {
    add({
      id: 'duplicate-title',
      severity: 'warning',
      params: { path: sameTitle.path },
      at: titleAt,
    });
  }
}
