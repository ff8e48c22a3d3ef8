// Node entry of the bench: the full renderer and the git operations, bundled from TypeScript by Vite.
export { renderMarkdown } from '../../src/core/render.ts';
export { gitOps } from '../../src/features/repository/git-ops.ts';
