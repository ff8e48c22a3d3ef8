/** Test fixtures: the bodies of the corpus posts and the sample post (Node only; tests only). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, SAMPLES_DIR, corpusFiles } from '../../../fixtures/paths.mjs';

/** Returns the body of a post: its text after the front matter, byte for byte. */
function body(file: string): string {
  const text = readFileSync(file, 'utf8');
  const match = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** The bodies of every corpus file, in path order. */
export const corpusBodies = corpusFiles(CORPUS_DIR).sort().map(body);
/** The bodies of the blog's own posts, in path order. */
export const blogBodies = corpusFiles(path.join(CORPUS_DIR, 'ciudadanointeligente-blog'))
  .sort()
  .map(body);
/** The body of the sample post. */
export const sampleBody = corpusFiles(SAMPLES_DIR).map(body)[0];
