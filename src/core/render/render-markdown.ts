/**
 * The full (non-incremental) render of a post body: the reference the incremental renderer
 * must equal. Output: one `<div data-block="key" data-source-from="n" data-source-to="m">`
 * per top-level block (the fragment inside is what the incremental renderer reports per block),
 * joined with newlines, then the footnotes section (key `footnotes`) when the post has any.
 */
import { analyzeBlocks } from './blocks.ts';
import { renderDocument } from './document.ts';
import { resolveOptions, type RenderOptions } from './options.ts';
// The full render renders raw HTML whenever it is called: it carries the raw HTML parser.
import './raw-html.ts';

/** Returns the sanitized HTML of a Markdown post body (pure; no caching). */
export function renderMarkdown(markdown: string, options?: RenderOptions): string {
  const resolved = resolveOptions(options);
  return renderDocument(analyzeBlocks(markdown, 0, resolved.jekyll), resolved).html;
}
