/**
 * The built-in blog's facts and a site's post entries: the part of `site-facts.ts` the page
 * needs before the editor shows (it reads no YAML).
 */
import { parseFilename } from '../filename';
import type { SiteFacts, SitePost } from './types';

/** The facts of the blog Pluma is built for, used when no site is known. */
export const BUILT_IN_SITE_FACTS: SiteFacts = {
  titleLimit: 42,
  titleShown: 42,
  introLimit: 112,
  introShown: 112,
  url: 'https://blog.ciudadaniai.org',
  future: false,
  layouts: ['category', 'default', 'fb_instant_articles', 'page', 'post', 'slideshow'],
  categories: [
    'Actualidad',
    'Colaboración',
    'La Fundación',
    'Política',
    'Proyecto',
    'Proyectos',
    'Tecnología',
  ],
  posts: null,
  files: null,
  titleIsH1: true,
  datesHaveOffset: true,
};

/** Returns the entry of the post at `path` (any folder) titled `title`. */
export function sitePost(path: string, title: string): SitePost {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return { path, name, slug: parseFilename(`${name}.md`)?.slug ?? name, title: title.trim() };
}

/** Returns `facts` knowing the site's posts (a connected repository's list, say). */
export function withPosts(
  facts: SiteFacts,
  posts: readonly { path: string; title: string }[],
): SiteFacts {
  return { ...facts, posts: posts.map((p) => sitePost(p.path, p.title)) };
}
