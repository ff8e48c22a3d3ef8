import { beforeAll, describe, expect, it } from 'vitest';
import { editorCommands, formattingKeyBindings, loadInline } from './index';
import { applyMarked } from './marked-state';

describe('editorCommands', () => {
  // The inline commands' code loads after the editor shows; here it is loaded first.
  beforeAll(() => loadInline());

  it('lists each command once with a unique shortcut', () => {
    const ids = editorCommands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = formattingKeyBindings().map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('Mod-b');
    expect(ids).toEqual(expect.arrayContaining(['heading-1', 'heading-6', 'code-block', 'image']));
  });

  it('toggles back to the original text for every toggling command', () => {
    const once = new Set(['horizontal-rule']);
    for (const c of editorCommands) {
      if (once.has(c.id)) continue;
      const marked = 'Un ⟨párrafo⟩ de texto';
      expect(applyMarked(c.run, marked, 2), c.id).toBe(marked);
      expect(applyMarked(c.run, marked), c.id).not.toBe(marked);
    }
  });
});
