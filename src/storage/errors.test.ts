import { describe, expect, it } from 'vitest';
import { StorageError, isQuotaError, toStorageError } from './errors.ts';

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 'quota'],
    ['VersionError', 'conflict'],
    ['DataCloneError', 'corrupt'],
    ['InvalidStateError', 'unavailable'],
    ['SecurityError', 'unavailable'],
    ['SomethingNew', 'unavailable'],
  ])('maps a DOMException named %s to %s, keeping it as the cause', (name, kind) => {
    const cause = new DOMException('browser text', name);
    const error = toStorageError(cause);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe(kind);
    expect(error.cause).toBe(cause);
    expect(error.reason).toBe(kind);
    expect(error.message).toContain('browser text');
  });

  it('passes a StorageError through and copes with non-errors', () => {
    const original = new StorageError('blocked');
    expect(toStorageError(original)).toBe(original);
    expect(toStorageError('boom').kind).toBe('unavailable');
    expect(toStorageError(null).kind).toBe('unavailable');
    expect(isQuotaError(new DOMException('', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
