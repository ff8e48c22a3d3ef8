import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fieldChange, parsePost } from '../core/post';
import { SAMPLE_POST } from '../../fixtures/paths.mjs';
import { EditedText } from '../core/edited-text';
import { bodyOf } from '../core/post-text';
import { loadPostCore } from './post-core';
import { createPostStore } from './post-store';

const text = readFileSync(SAMPLE_POST, 'utf8');

/** The text of `before` with `edit` applied. */
const applied = (before: string, edit: { from: number; to: number; insert: string }) =>
  before.slice(0, edit.from) + edit.insert + before.slice(edit.to);

describe('createPostStore', () => {
  beforeAll(async () => {
    await loadPostCore();
  });

  it('takes the post a field edit offered when its text comes, without parsing it again', () => {
    const store = createPostStore(text);
    const change = fieldChange(store.get(), ['title'], 'Un título nuevo');
    expect(change).not.toBeNull();
    store.offer(change!.post);
    const heads: unknown[] = [];
    store.subscribeHead(() => heads.push(store.head().data.title));
    // The editor reports the text as a new string of its own, equal to the offered one.
    store.setText(applied(text, change!.edit));
    expect(store.get()).toBe(change!.post);
    expect(store.get()).toEqual(parsePost(store.get().text));
    expect(heads).toEqual(['Un título nuevo']);
  });

  it("takes the editor's edited texts: the same post as their strings give, the head kept", () => {
    const store = createPostStore(text);
    const heads: unknown[] = [];
    const changes: string[] = [];
    store.subscribeHead(() => heads.push(store.head()));
    store.subscribe(() => changes.push(store.get().body));
    let edited = EditedText.of(text);
    let model = text;
    for (const ch of 'Hola') {
      const at = model.length - 10;
      edited = edited.edit(at, at, ch);
      model = model.slice(0, at) + ch + model.slice(at);
      store.setText(edited);
    }
    expect(heads).toEqual([]);
    expect(changes).toHaveLength(4);
    expect(store.get()).toEqual(parsePost(model));
    expect(bodyOf(store.get())).toBeInstanceOf(EditedText);
    // The same text again, as another edited text or as a string, is no change.
    store.setText(EditedText.of(model));
    store.setText(model);
    expect(changes).toHaveLength(4);
  });

  it("takes the offer for the editor's edited text comparing them around the edit, none made whole", () => {
    const store = createPostStore(text);
    const at = text.length - 10;
    const typed = EditedText.of(text).edit(at, at, 'x');
    store.setText(typed);
    const change = fieldChange(store.get(), ['title'], 'Un título nuevo')!;
    store.offer(change.post, change.edit);
    const { from, to, insert } = change.edit;
    const made = vi.spyOn(EditedText.prototype, 'toString');
    try {
      store.setText(typed.edit(from, to, insert));
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
    expect(store.get()).toBe(change.post);
    // An edited text that is not the offered one is parsed as usual.
    const other = fieldChange(store.get(), ['title'], 'Otro título')!;
    store.offer(other.post, other.edit);
    const edited = typed.edit(from, to, insert);
    const wrong = edited.edit(other.edit.from, other.edit.to, `${other.edit.insert}Z`);
    store.setText(wrong);
    expect(store.get()).not.toBe(other.post);
    expect(store.get()).toEqual(parsePost(wrong.toString()));
    expect(store.get().data.title).not.toBe(other.post.data.title);
  });

  it('parses any other text as usual, and drops the offer', () => {
    const store = createPostStore(text);
    const change = fieldChange(store.get(), ['title'], 'Otro título')!;
    store.offer(change.post);
    // The next change is not the field edit (a key typed in the editor came first).
    const typed = `${text}\nUna línea más.\n`;
    store.setText(typed);
    expect(store.get()).not.toBe(change.post);
    expect(store.get()).toEqual(parsePost(typed));
    // The offer does not outlive that change, even when its text comes later.
    store.setText(change.post.text);
    expect(store.get()).not.toBe(change.post);
    expect(store.get()).toEqual(parsePost(change.post.text));
  });
});
