/** Messages between the page and the Sass worker (src/workers/sass-worker.ts). */

/** Page → worker: compile `entry` (front matter already removed) among the site's files. */
export interface SassRequest {
  id: number;
  entry: string;
  source: string;
  /** The site's Sass and CSS files, path → text. */
  files: [string, string][];
  /** The site's `sass_dir` (default `_sass`). */
  sassDir: string;
}

/** Worker → page: the CSS, or why it did not compile. */
export type SassReply = { id: number; css: string } | { id: number; error: string };
