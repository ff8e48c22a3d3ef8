/** The checks before publishing (issue 16): the panel, its hooks and the dialogs' sentences. */
export { ChecksPanel, problemCount } from './checks-panel';
export { checkSentences, findingText, type CheckSentences } from './finding-text';
export { useChecks, type ChecksState } from './use-checks';
export { useImageSizes } from './use-image-sizes';
export { useSilencedChecks, type SilencedChecks } from './use-silenced-checks';
export { useSiteFacts } from './use-site-facts';
