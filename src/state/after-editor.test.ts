import { describe, expect, it } from 'vitest';
import { afterEditor } from './after-editor';

describe('afterEditor', () => {
  it('resolves at once where there is no page and so no editor to wait for', async () => {
    await expect(afterEditor()).resolves.toBeUndefined();
  });
});
