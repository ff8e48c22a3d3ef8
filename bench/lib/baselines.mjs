/** Full-render baselines in Node: the app's `renderMarkdown` (bundled) and markdown-it. */
import MarkdownIt from 'markdown-it';
import { timeRuns } from './stats.mjs';

/**
 * Returns the median ms of a full `renderMarkdown`, of a markdown-it render of `body` and of a
 * run of the checks on the post (`checks(text)`, issue 16) in Node, over `runs` runs each after
 * a warm-up. The functions come from the Node bundle.
 */
export async function nodeBaselines(renderMarkdown, body, runs, checks) {
  const md = new MarkdownIt({ html: true, linkify: true });
  const remark = await timeRuns(() => renderMarkdown(body), runs);
  const markdownIt = await timeRuns(() => md.render(body), Math.max(runs, 5));
  const checked = await timeRuns(() => checks(body), Math.max(runs, 5));
  return { remark: remark.median, markdownIt: markdownIt.median, checks: checked.median };
}
