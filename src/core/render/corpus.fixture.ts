/** Test fixtures: the bodies of the corpus posts and the sample post (Node only; tests only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const SAMPLES = path.resolve(process.cwd(), '../shared/samples');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name === 'MANIFEST.tsv' ? [] : [full];
  });
}

/** Returns the body of a post: its text after the front matter, byte for byte. */
function body(file: string): string {
  const text = readFileSync(file, 'utf8');
  const match = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** The bodies of every corpus file, in path order. */
export const corpusBodies = files(CORPUS).sort().map(body);
/** The bodies of the blog's own posts, in path order. */
export const blogBodies = files(path.join(CORPUS, 'ciudadanointeligente-blog')).sort().map(body);
/** The body of the sample post. */
export const sampleBody = files(SAMPLES).map(body)[0];
