import { describe, expect, it } from 'vitest';
import { parsePost } from '../../core/post';
import { corpusFiles, readPostFile } from '../../../fixtures/paths.mjs';
import { likelyBody } from './preview-worker-start';

describe('likelyBody', () => {
  it("is the parser's body for every post of the corpus it guesses", () => {
    const texts = corpusFiles().map(readPostFile);
    expect(texts.length).toBeGreaterThan(100);
    let guessed = 0;
    for (const text of texts) {
      const likely = likelyBody(text);
      if (likely === null) continue;
      guessed++;
      expect(likely).toBe(parsePost(text).body);
    }
    // The plain case is the usual one.
    expect(guessed).toBeGreaterThan(texts.length * 0.9);
  });

  it("is the parser's body, or no guess, at the edges of the front matter", () => {
    const cases = [
      '',
      '---',
      '---\n',
      '---\n---\n',
      '---\n---',
      '---\r\ntitle: a\r\n---\r\nbody\r\n',
      '---\rtitle: a\r---\rbody',
      '\ufeff---\ntitle: a\n---\nbody',
      '\ufeffbody',
      '---\ntitle: a\n...\nbody',
      '---\ntitle: a\n---  \nbody',
      '---\ntitle: a\n--- x\nbody',
      '---\ntitle: a\nbody without a closing line',
      '--- \ntitle: a\n---\nbody',
      '---yaml\ntitle: a\n---\nbody',
      '---js\nmodule.exports = {}\n---\nbody',
      '----\ntitle: a\n---\nbody',
      '- --\nbody',
      '--\nbody',
      'body\n---\nmore\n---\n',
      '---\n\n---\n\nbody',
    ];
    for (const text of cases) {
      const likely = likelyBody(text);
      if (likely !== null) expect([text, likely]).toEqual([text, parsePost(text).body]);
    }
    expect(likelyBody('---\ntitle: a\n---\nbody')).toBe('body');
    expect(likelyBody('no front matter')).toBe('no front matter');
  });
});
