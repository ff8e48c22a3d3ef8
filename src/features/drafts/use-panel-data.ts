/** Small hooks of the drafts panel: the current time for relative dates, and text search. */
import { useEffect, useState } from 'react';

const NO_MATCHES: ReadonlySet<string> = new Set();

/** Returns the time (ms) now, refreshed every `everyMs`, so relative dates keep moving. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * Returns the ids of drafts whose text contains `query`, searched `delayMs` after the query
 * stops changing (texts are read one by one, so not on every key). `version` reruns it.
 */
export function useTextSearch(
  query: string,
  search: (query: string) => Promise<string[]>,
  version: unknown,
  delayMs = 250,
): ReadonlySet<string> {
  const [found, setFound] = useState<{ query: string; ids: ReadonlySet<string> } | null>(null);
  const wanted = query.trim();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const timer = setTimeout(() => {
      void search(wanted).then((ids) => live && setFound({ query: wanted, ids: new Set(ids) }));
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted, search, version, delayMs]);
  return found && found.query === wanted ? found.ids : NO_MATCHES;
}
