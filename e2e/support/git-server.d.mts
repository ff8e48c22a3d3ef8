/** The account the test git server accepts. */
export declare const GIT_USER: string;
/** The token the test git server accepts for GIT_USER. */
export declare const GIT_TOKEN: string;
/** The fixture blog's branch. */
export declare const GIT_BRANCH: string;

/** The branch prefix the server refuses pushes to. */
export declare const PROTECTED_PREFIX: string;

/** A running test git server (see git-server.mjs). */
export interface GitServer {
  url: string;
  port: number;
  bareDir: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/** Returns git's output for `args` run in `cwd` (throws on failure). */
export declare function git(cwd: string, args: string[], env?: Record<string, string>): string;
/** Commits `text` at `file` straight into the bare repository; returns the commit id. */
export declare function commitToBare(
  bareDir: string,
  file: string,
  text: string,
  message?: string,
): string;
/** Starts the server on 127.0.0.1 with a fresh bare repository of the fixture blog. */
export declare function startGitServer(options?: {
  port?: number;
  origin?: string;
  siteDir?: string;
}): Promise<GitServer>;
