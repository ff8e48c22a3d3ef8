/** Full-render baselines in Node: the app's `renderMarkdown` (bundled) and markdown-it. */
import MarkdownIt from 'markdown-it';
import { timeRuns } from './stats.mjs';

/**
 * Returns the median ms of a full `renderMarkdown` and of a markdown-it render of `body` in
 * Node, over `runs` runs each after a warm-up. `renderMarkdown` comes from the Node bundle.
 */
export async function nodeBaselines(renderMarkdown, body, runs) {
  const md = new MarkdownIt({ html: true, linkify: true });
  const remark = await timeRuns(() => renderMarkdown(body), runs);
  const markdownIt = await timeRuns(() => md.render(body), Math.max(runs, 5));
  return { remark: remark.median, markdownIt: markdownIt.median };
}
