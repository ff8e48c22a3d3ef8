import { useMemo } from 'react';
import { defaultPostsCollection, loadDecapConfig, type Collection } from '../../core/schema';
import { useLang } from '../../i18n/i18n';
import { configMessagesFor } from '../../i18n/localize-schema';
import type { AppSettings } from './settings-store';

/** The schema in use and what loading it reported. */
export interface CollectionChoice {
  collection: Collection;
  collections: Collection[];
  notices: string[];
  errors: string[];
}

/**
 * Returns the collection posts are edited with: the chosen one of a loaded config, or the
 * default; what loading reported is in the UI's language.
 */
export function useCollection(settings: AppSettings): CollectionChoice {
  const lang = useLang();
  return useMemo(() => {
    if (!settings.decapConfig) {
      return { collection: defaultPostsCollection, collections: [], notices: [], errors: [] };
    }
    const loaded = loadDecapConfig(settings.decapConfig, { messages: configMessagesFor(lang) });
    const collection =
      loaded.collections.find((c) => c.name === settings.collection) ??
      loaded.collections[0] ??
      defaultPostsCollection;
    return { collection, ...loaded };
  }, [settings.decapConfig, settings.collection, lang]);
}
