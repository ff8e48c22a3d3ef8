import { describe, expect, it } from 'vitest';
import { historyAction, historyInput, type KeyPress } from './history-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('historyAction', () => {
  it('reads Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y off a Mac', () => {
    expect(historyAction(press('z', { ctrlKey: true }), false)).toBe('undo');
    expect(historyAction(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(historyAction(press('y', { ctrlKey: true }), false)).toBe('redo');
  });

  it('reads Cmd on a Mac, where Ctrl+Z is not undo', () => {
    expect(historyAction(press('z', { metaKey: true }), true)).toBe('undo');
    expect(historyAction(press('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(historyAction(press('z', { ctrlKey: true }), true)).toBeNull();
  });

  it('leaves other keys and chords alone', () => {
    expect(historyAction(press('z'), false)).toBeNull();
    expect(historyAction(press('a', { ctrlKey: true }), false)).toBeNull();
    expect(historyAction(press('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(historyAction(press('y', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
  });
});

describe('historyInput', () => {
  it('reads the Edit menu undo and redo, and nothing else', () => {
    expect(historyInput('historyUndo')).toBe('undo');
    expect(historyInput('historyRedo')).toBe('redo');
    expect(historyInput('insertText')).toBeNull();
  });
});
