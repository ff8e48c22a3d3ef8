import { describe, expect, it } from 'vitest';
import { afterEditor, afterPreview, whenEditorHolds } from './after-editor';

describe('afterEditor', () => {
  it('resolves at once where there is no page and so no editor to wait for', async () => {
    await expect(afterEditor()).resolves.toBeUndefined();
  });

  it('lets what waits for the preview go at once where there is no page', async () => {
    await expect(afterPreview()).resolves.toBeUndefined();
  });

  it('starts what waits for the editor to hold the post only once it does', () => {
    let started = 0;
    const stop = whenEditorHolds(() => started++);
    expect(started).toBe(0);
    stop();
  });
});
