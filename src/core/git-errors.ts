/**
 * What went wrong in a git operation, as a kind the UI has a sentence for. Reads the shape of
 * isomorphic-git's errors (`code`, `data`) and of network failures, without importing them.
 */

/** The kinds of git failure a person is told about. */
export type GitErrorKind =
  | 'auth'
  | 'not-found'
  | 'network'
  | 'refused'
  | 'raced'
  | 'too-large'
  | 'quota'
  | 'canceled'
  | 'other';

/** A git failure: its kind and, when the server gave one, its own reason. */
export interface GitFailure {
  kind: GitErrorKind;
  detail: string;
}

interface ErrorShape {
  name?: string;
  code?: string;
  message?: string;
  data?: { statusCode?: number; reason?: string; prettyDetails?: string; response?: string };
}

/** Returns the kind of `err` and the server's reason (never the request, so no token in it). */
export function gitFailure(err: unknown): GitFailure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorShape;
  const status = e.data?.statusCode;
  if (e.code === 'GitCanceledError' || e.code === 'UserCanceledError')
    return { kind: 'canceled', detail: '' };
  if (e.code === 'HttpError' && (status === 401 || status === 403))
    return { kind: 'auth', detail: '' };
  if (e.code === 'HttpError' && status === 404) return { kind: 'not-found', detail: '' };
  if (e.code === 'HttpError' && status === 413) return { kind: 'too-large', detail: '' };
  if (e.code === 'PushRejectedError') return { kind: 'raced', detail: '' };
  if (e.code === 'GitPushError') return { kind: 'refused', detail: e.data?.prettyDetails ?? '' };
  if (e.code === 'RepositoryTooLargeError') return { kind: 'too-large', detail: '' };
  if (e.name === 'QuotaExceededError' || /quota/i.test(e.message ?? ''))
    return { kind: 'quota', detail: '' };
  // fetch() rejects with a TypeError both offline and when CORS headers are missing.
  // (Any other TypeError is a bug, not the network.)
  const network =
    /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|Failed to fetch|NetworkError|Load failed/;
  if (network.test(`${e.code ?? ''} ${e.message ?? ''}`)) return { kind: 'network', detail: '' };
  if (e.code === 'HttpError') return { kind: 'other', detail: `HTTP ${status ?? ''}`.trim() };
  return { kind: 'other', detail: e.code ?? '' };
}
