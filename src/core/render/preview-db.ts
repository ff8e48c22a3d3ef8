/**
 * Where the preview kept for the next start is stored (preview-snapshot.ts): its database, its
 * store and the one record's key. Apart, so that storage (which forgets it with the trash) needs
 * nothing else of it.
 */
export const PREVIEW_DB = {
  name: 'pluma-preview',
  version: 1,
  store: 'shown',
  key: 'last',
} as const;
