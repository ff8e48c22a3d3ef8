import type { RestoreProblem } from './restore.ts';

/** What went wrong with the browser's storage, in terms the UI can act on. */
export type StorageErrorKind = 'unavailable' | 'quota' | 'conflict' | 'corrupt' | 'blocked';

/**
 * Why, more precisely than the kind: the UI says `storage.<reason>` in the person's language.
 * 'closed': a newer version in another tab closed this tab's connection; 'migration': stored
 * drafts could not be upgraded.
 */
export type StorageErrorReason = StorageErrorKind | 'closed' | 'migration';

/** What a StorageError may carry besides its kind. */
export interface StorageErrorOptions {
  reason?: StorageErrorReason;
  /** A description for developers (the error's `message`); people see the reason's sentence. */
  detail?: string;
  cause?: unknown;
  problems?: readonly RestoreProblem[];
}

/**
 * An error from the storage layer: `kind` for the code to act on, `reason` for the sentence a
 * person reads (message key `storage.<reason>`), `message` for developers.
 */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  readonly reason: StorageErrorReason;
  /** The records that failed their restore step, when `kind` is 'corrupt'. */
  readonly problems: readonly RestoreProblem[];

  constructor(kind: StorageErrorKind, options: StorageErrorOptions = {}) {
    super(options.detail ?? `storage ${options.reason ?? kind}`, { cause: options.cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.reason = options.reason ?? kind;
    this.problems = options.problems ?? [];
  }
}

const KIND_BY_NAME: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'quota',
  // Firefox before 2021 used its own name for the same thing.
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  VersionError: 'conflict',
  DataError: 'corrupt',
  DataCloneError: 'corrupt',
  NotFoundError: 'corrupt',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  UnknownError: 'unavailable',
};

/**
 * Returns `err` as a StorageError: DOMException names map to a kind (QuotaExceededError →
 * 'quota', VersionError → 'conflict', …); anything unrecognised becomes 'unavailable'.
 * A StorageError is returned as it is.
 */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const name = errorName(err);
  const kind = (name && KIND_BY_NAME[name]) || 'unavailable';
  const detail = err instanceof Error ? `${name ?? 'Error'}: ${err.message}` : String(err);
  return new StorageError(kind, { cause: err, detail });
}

/** Returns true when `err` is the browser saying storage is full. */
export function isQuotaError(err: unknown): boolean {
  return toStorageError(err).kind === 'quota';
}

function errorName(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('name' in err)) return undefined;
  return String((err as { name: unknown }).name);
}
