import type { RestoreProblem } from './restore.ts';

/** What went wrong with the browser's storage, in terms the UI can act on. */
export type StorageErrorKind = 'unavailable' | 'quota' | 'conflict' | 'corrupt' | 'blocked';

const SENTENCES: Record<StorageErrorKind, string> = {
  unavailable:
    'This browser does not let Pluma store drafts (private mode or storage turned off). ' +
    'Export your work before closing the tab.',
  quota:
    'The browser has no room left for drafts. Export your work, then empty the trash or ' +
    'delete old drafts.',
  conflict: 'Your drafts were stored by a newer version of Pluma. Reload the page to use it.',
  corrupt: 'Some stored data could not be read. It was kept untouched; export what you can.',
  blocked: 'Pluma is open in another tab with an older version. Close that tab, then reload.',
};

/** An error from the storage layer: `kind` for the code, `message` is a sentence for a person. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** The records that failed their restore step, when `kind` is 'corrupt'. */
  readonly problems: readonly RestoreProblem[];

  constructor(
    kind: StorageErrorKind,
    message: string = SENTENCES[kind],
    options: { cause?: unknown; problems?: readonly RestoreProblem[] } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'StorageError';
    this.kind = kind;
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
  return new StorageError(kind, SENTENCES[kind], { cause: err });
}

/** Returns true when `err` is the browser saying storage is full. */
export function isQuotaError(err: unknown): boolean {
  return toStorageError(err).kind === 'quota';
}

function errorName(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('name' in err)) return undefined;
  return String((err as { name: unknown }).name);
}
