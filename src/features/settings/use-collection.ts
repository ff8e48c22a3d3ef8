import { useEffect, useMemo, useState } from 'react';
import { defaultPostsCollection, type Collection } from '../../core/schema';
import { useLang } from '../../i18n/i18n';
import type { AppSettings } from './settings-store';

/** The schema in use and what loading it reported. */
export interface CollectionChoice {
  collection: Collection;
  collections: Collection[];
  notices: string[];
  errors: string[];
  /** True while the config's loader (which reads YAML, and loads on demand) is on its way. */
  pending?: boolean;
}

interface SchemaLoader {
  loadDecapConfig: (typeof import('../../core/schema-load'))['loadDecapConfig'];
  configMessagesFor: (typeof import('../../i18n/localize-schema'))['configMessagesFor'];
}

/** Loads the config loader (it reads YAML) and its sentences in each language. */
const loadSchemaLoader = (): Promise<SchemaLoader> =>
  Promise.all([import('../../core/schema-load'), import('../../i18n/localize-schema')]).then(
    ([load, localize]) => ({
      loadDecapConfig: load.loadDecapConfig,
      configMessagesFor: localize.configMessagesFor,
    }),
  );

/** The config loader once loaded: only a stored Decap config needs it. */
let loaded: SchemaLoader | null = null;

/**
 * Returns the collection posts are edited with: the chosen one of a loaded config, or the
 * default; what loading reported is in the UI's language.
 */
export function useCollection(settings: AppSettings): CollectionChoice {
  const lang = useLang();
  const [loader, setLoader] = useState(loaded);
  const wanted = !!settings.decapConfig;
  useEffect(() => {
    if (!wanted || loader) return;
    let live = true;
    void loadSchemaLoader().then((m) => {
      loaded = m;
      if (live) setLoader(m);
    });
    return () => {
      live = false;
    };
  }, [wanted, loader]);
  return useMemo(() => {
    if (!settings.decapConfig) {
      return { collection: defaultPostsCollection, collections: [], notices: [], errors: [] };
    }
    if (!loader) {
      const none = { collections: [], notices: [], errors: [], pending: true };
      return { collection: defaultPostsCollection, ...none };
    }
    const read = loader.loadDecapConfig(settings.decapConfig, {
      messages: loader.configMessagesFor(lang),
    });
    const collection =
      read.collections.find((c) => c.name === settings.collection) ??
      read.collections[0] ??
      defaultPostsCollection;
    return { collection, ...read };
  }, [settings.decapConfig, settings.collection, lang, loader]);
}
