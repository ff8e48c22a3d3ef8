// Node entry of the bench: the full renderer and the git operations, bundled from TypeScript by Vite.
export { renderMarkdown } from '../../src/core/render.ts';
export { gitOps } from '../../src/features/repository/git-ops.ts';
export { runChecks } from '../../src/core/checks/run-checks.ts';
export { BUILT_IN_SITE_FACTS } from '../../src/core/checks/built-in-facts.ts';
export { fieldChange, parsePost } from '../../src/core/post.ts';
