// Page entry of the bench, loaded into the production app with a dynamic import: the app's own
// storage module and renderer, and markdown-it, so they can be timed in Chromium.
export * as storage from '../../src/storage/index.ts';
export { renderMarkdown } from '../../src/core/render.ts';
export { default as MarkdownIt } from 'markdown-it';
