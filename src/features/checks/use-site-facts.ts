/**
 * The one place the checks take their knowledge of the site from: the site's files when known
 * (the site-true preview, issue 13, brings the opened blog folder's or repository's files), else
 * the built-in blog's facts, with the connected repository's post list when there is one.
 */
import { useEffect, useMemo, useState } from 'react';
import { BUILT_IN_SITE_FACTS, withPosts } from '../../core/checks/built-in-facts';
import type { SiteFiles } from '../../core/checks/site-facts';
import type { SiteFacts } from '../../core/checks/types';

type FactsReader = typeof import('../../core/checks/site-facts');

/** The reader of a site's files (it reads YAML), loaded once a site's files are given. */
let reader: FactsReader | null = null;

/** A post of a connected repository, as its list gives it. */
export interface ListedPost {
  path: string;
  title: string;
}

/**
 * Returns the facts of the site of `files` when given; else the built-in blog's, knowing the
 * posts of `posts` (a connected repository's list) when given.
 */
export function useSiteFacts(
  files?: SiteFiles | null,
  posts?: readonly ListedPost[] | null,
): SiteFacts {
  const [loaded, setLoaded] = useState(reader);
  useEffect(() => {
    if (!files || loaded) return;
    let live = true;
    void import('../../core/checks/site-facts').then((m) => {
      reader = m;
      if (live) setLoaded(m);
    });
    return () => {
      live = false;
    };
  }, [files, loaded]);
  return useMemo(() => {
    // Until the reader is there, the built-in facts stand in for the site's.
    if (files && loaded) return loaded.siteFactsFrom(files);
    return posts && posts.length > 0 ? withPosts(BUILT_IN_SITE_FACTS, posts) : BUILT_IN_SITE_FACTS;
  }, [files, posts, loaded]);
}
