// Node entry of the bench: the full renderer, bundled from TypeScript by Vite.
export { renderMarkdown } from '../../src/core/render.ts';
