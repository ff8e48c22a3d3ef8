/** The sentences of the Decap config loader (`schema-load.ts`), kept apart from its YAML reader. */

/** Sentences the loader reports; swap this object to translate them. */
export const configMessages = {
  notAMap: 'The config file does not hold a YAML map of settings.',
  noCollections: 'The config file has no list of collections.',
  noMediaFolder: 'The config file sets no media_folder, so images have no folder to go to.',
  collectionNoName: (i: number) => `Collection number ${i + 1} has no name, so it was skipped.`,
  collectionFiles: (c: string) =>
    `Collection "${c}" lists single files; Pluma edits folder collections only, so it was skipped.`,
  collectionNoFolder: (c: string) => `Collection "${c}" names no folder, so it was skipped.`,
  collectionNoFields: (c: string) => `Collection "${c}" has no list of fields.`,
  fieldNoName: (c: string, at: string) => `A field in collection "${c}" (${at}) has no name.`,
  rawWidget: (c: string, f: string, w: string) =>
    `Field "${f}" in collection "${c}" uses the "${w}" widget, which Pluma does not have: it is edited as raw YAML.`,
  incompleteWidget: (c: string, f: string, w: string, missing: string) =>
    `Field "${f}" in collection "${c}" is a "${w}" widget without ${missing}: it is edited as raw YAML.`,
  badPattern: (c: string, f: string) =>
    `Field "${f}" in collection "${c}" has a pattern that is not a valid regular expression; it is ignored.`,
};
