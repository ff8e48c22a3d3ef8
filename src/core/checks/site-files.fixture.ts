/** Reads a whole Jekyll site from the fixtures into the map `siteFactsFrom` takes (tests only). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Returns every text file under `root` (skipping images and `_site`), path → text. */
export function readSiteFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (statSync(full).isDirectory()) {
        if (name !== '_site' && name !== '.git') walk(full);
      } else if (!/\.(png|jpe?g|gif|ico|svg|woff2?|ttf|eot|pdf)$/i.test(name)) {
        files.set(rel, readFileSync(full, 'utf8'));
      } else files.set(rel, '');
    }
  };
  walk(root);
  return files;
}
