/**
 * The one place the checks take their knowledge of the site from: the site's files when known
 * (the site-true preview, issue 13, brings the opened blog folder's or repository's files), else
 * the built-in blog's facts, with the connected repository's post list when there is one.
 */
import { useMemo } from 'react';
import {
  BUILT_IN_SITE_FACTS,
  siteFactsFrom,
  withPosts,
  type SiteFiles,
} from '../../core/checks/site-facts';
import type { SiteFacts } from '../../core/checks/types';

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
  return useMemo(() => {
    if (files) return siteFactsFrom(files);
    return posts && posts.length > 0 ? withPosts(BUILT_IN_SITE_FACTS, posts) : BUILT_IN_SITE_FACTS;
  }, [files, posts]);
}
