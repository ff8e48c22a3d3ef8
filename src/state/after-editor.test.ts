import { describe, expect, it } from 'vitest';
import { afterEditor, afterPreview, editorShown, whenEditorHolds } from './after-editor';

describe('afterEditor', () => {
  it('resolves at once where there is no page and so no editor to wait for', async () => {
    await expect(afterEditor()).resolves.toBeUndefined();
  });

  it('lets what waits for the preview go at once where there is no page', async () => {
    await expect(afterPreview()).resolves.toBeUndefined();
  });

  it('starts what waits for the editor to hold the post only once it does', () => {
    let started = 0;
    let cancelled = 0;
    whenEditorHolds(() => started++);
    const stop = whenEditorHolds(() => cancelled++);
    expect(started).toBe(0);
    stop();
    // Without a page the editor's paint is not waited for (no animation frame is asked).
    editorShown();
    expect(started).toBe(1);
    expect(cancelled).toBe(0);
    editorShown();
    expect(started).toBe(1);
    // Once the editor holds the post, what asks later starts at once.
    whenEditorHolds(() => started++);
    expect(started).toBe(2);
  });
});
