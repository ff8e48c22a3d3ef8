/**
 * The one wrapper around mdast-util-from-markdown and the GFM syntax: Markdown to mdast
 * (CommonMark + GFM, no Jekyll plugins), exactly as the pipeline's remark-parse reads it, without
 * the rest of the pipeline (HTML, parse5, sanitizing). The editor reads inline spans with it on
 * the key path, so it loads with the editor; the renderer comes later. The pipeline takes its
 * GFM from here too (`remarkGfmSyntax`): remark-gfm would also bring GFM's Markdown writer,
 * which nothing here uses.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Processor } from 'unified';

// Built once, as remark-gfm builds them once per processor.
const extensions = [gfm()];
const mdastExtensions = gfmFromMarkdown();

/** A unified plugin: GFM's syntax for remark-parse, as remark-gfm adds it (without its writer). */
export function remarkGfmSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...extensions);
  (data.fromMarkdownExtensions ??= []).push(mdastExtensions);
}

/** Returns the mdast (CommonMark + GFM, no Jekyll plugins) of a Markdown text. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions, mdastExtensions });
}
