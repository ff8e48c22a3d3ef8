/**
 * The checks before publishing (issue 16): the hooks and the dialogs' sentences. The panel
 * (checks-panel.tsx) is imported on its own, so that it can load after the editor.
 */
export { checkSentences, findingText, type CheckSentences } from './finding-text';
export { useChecks, type ChecksContext, type ChecksState } from './use-checks';
export { useImageSizes } from './use-image-sizes';
export { useSilencedChecks, type SilencedChecks } from './use-silenced-checks';
export { useSiteFacts } from './use-site-facts';
