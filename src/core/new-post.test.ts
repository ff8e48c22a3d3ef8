import { describe, expect, it } from 'vitest';
import { newPostText } from './new-post';
import { parsePost } from './post';
import { defaultPostsCollection } from './schema';

describe('newPostText', () => {
  it('gives a post with layout, an empty title and the date in the writer offset', () => {
    const now = new Date(Date.UTC(2026, 10, 27, 15, 4, 5));
    const text = newPostText(defaultPostsCollection, now, -180);
    const post = parsePost(text);
    expect(post.errors).toEqual([]);
    expect(post.data).toEqual({ layout: 'post', title: '', date: '2026-11-27 12:04:05 -0300' });
    expect(text).toBe('---\nlayout: post\ntitle: ""\ndate: 2026-11-27 12:04:05 -0300\n---\n\n');
    expect(post.body).toBe('\n');
  });
});
