/**
 * The one place the checks take their knowledge of the site from. For now the built-in blog's
 * facts; the site-true preview (issue 13) brings the opened blog folder's or repository's files,
 * which `siteFactsFrom` reads.
 */
import { useMemo } from 'react';
import { BUILT_IN_SITE_FACTS, siteFactsFrom, type SiteFiles } from '../../core/checks/site-facts';
import type { SiteFacts } from '../../core/checks/types';

/** Returns the facts of the site of `files` when given, else the built-in blog's. */
export function useSiteFacts(files?: SiteFiles | null): SiteFacts {
  return useMemo(() => (files ? siteFactsFrom(files) : BUILT_IN_SITE_FACTS), [files]);
}
