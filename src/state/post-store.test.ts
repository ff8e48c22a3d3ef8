import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldChange, parsePost } from '../core/post';
import { SAMPLE_POST } from '../../fixtures/paths.mjs';
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
