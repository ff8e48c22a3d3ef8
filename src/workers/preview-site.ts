/**
 * The preview worker's site part: the site's files read (YAML, front matter), its Liquid and its
 * layouts. It is most of the worker's code and only a preview with a blog folder needs it, so the
 * worker loads it with the first site it is sent, not before its first render.
 */
export { createSiteRenderer, noticeOf } from '../core/site/render-page';
export { withoutHandlers } from '../core/site/inert-html';
export { liquidOffsetMap } from '../core/site/offset-map';
export { loadSite } from '../core/site/site';
