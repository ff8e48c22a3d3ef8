import { describe, expect, it } from 'vitest';
import { gitFailure } from './git-errors';

const http = (statusCode: number) => ({ code: 'HttpError', data: { statusCode } });

describe('gitFailure', () => {
  it('tells a refused token, a missing repository and a too large one apart', () => {
    expect(gitFailure(http(401)).kind).toBe('auth');
    expect(gitFailure(http(403)).kind).toBe('auth');
    expect(gitFailure(http(404)).kind).toBe('not-found');
    expect(gitFailure(http(413)).kind).toBe('too-large');
    expect(gitFailure({ code: 'RepositoryTooLargeError' }).kind).toBe('too-large');
    expect(gitFailure(http(500))).toEqual({ kind: 'other', detail: 'HTTP 500' });
  });

  it('takes fetch failures (offline or CORS) and refused connections as network', () => {
    expect(gitFailure(new TypeError('Failed to fetch')).kind).toBe('network');
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      code: 'ECONNREFUSED',
    });
    expect(gitFailure(refused).kind).toBe('network');
    expect(
      gitFailure(new TypeError("Cannot read properties of undefined (reading 'x')")).kind,
    ).toBe('other');
  });

  it("keeps the server's reason for a refused push, and never the request", () => {
    const err = { code: 'GitPushError', data: { prettyDetails: 'protected branch' } };
    expect(gitFailure(err)).toEqual({ kind: 'refused', detail: 'protected branch' });
    const withToken = {
      code: 'HttpError',
      message: 'https://u:secret@h',
      data: { statusCode: 502 },
    };
    expect(JSON.stringify(gitFailure(withToken))).not.toContain('secret');
  });

  it('knows cancelled operations, races, a full disk, and anything else', () => {
    expect(gitFailure({ code: 'GitCanceledError' }).kind).toBe('canceled');
    expect(gitFailure({ code: 'UserCanceledError' }).kind).toBe('canceled');
    expect(gitFailure({ code: 'PushRejectedError' }).kind).toBe('raced');
    expect(gitFailure(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(gitFailure('???')).toEqual({ kind: 'other', detail: '' });
  });
});
