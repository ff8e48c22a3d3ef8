/** Reads a whole Jekyll site from the fixtures into the map `siteFactsFrom` takes (tests only). */
import { sitePaths, siteTextFiles } from '../../../fixtures/paths.mjs';

/** Returns every file under `root`, path → text; images and fonts are there with no text. */
export function readSiteFiles(root: string): Map<string, string> {
  const text = siteTextFiles(root);
  return new Map(sitePaths(root).map((rel) => [rel, text.get(rel) ?? '']));
}
