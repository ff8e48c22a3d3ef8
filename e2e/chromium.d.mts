/** Chromium's flags for the e2e tests and the bench (see chromium.mjs). */
export declare const CHROMIUM_ARGS: readonly string[];
/** Returns the path of the system Chromium, or throws how to install one. */
export declare function chromiumPath(): string;
