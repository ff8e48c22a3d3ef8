// The checks worker run in Node on a stand-in `self`: every reply carries the words of the
// post's body, counted as the status bar counts them, with the findings or the error.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { BUILT_IN_SITE_FACTS } from '../core/checks/built-in-facts';
import { runChecks } from '../core/checks/run-checks';
import type { CheckReply, CheckRequest } from '../core/checks/worker-protocol';
import { parsePost } from '../core/post';
import { countWords } from '../core/stats';
import { SAMPLE_POST, corpusFiles, readPostFile } from '../../fixtures/paths.mjs';

let send: (message: CheckRequest) => void = () => {};
const replies: CheckReply[] = [];

beforeAll(async () => {
  vi.stubGlobal('self', {
    postMessage: (reply: CheckReply) => replies.push(reply),
    addEventListener: (_type: string, listener: (event: { data: CheckRequest }) => void) => {
      send = (data) => listener({ data });
    },
  });
  await import('./checks-worker');
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const NOW = Date.UTC(2026, 11, 2);

/** Sends `text` to the worker as request `seq` and returns its reply. */
function check(text: string, seq: number): CheckReply {
  replies.length = 0;
  send({ type: 'check', seq, text, facts: BUILT_IN_SITE_FACTS, now: NOW });
  expect(replies).toHaveLength(1);
  return replies[0]!;
}

test('each reply has the findings and the words of the body of the sample and corpus posts', () => {
  const files = [SAMPLE_POST, ...corpusFiles().slice(0, 12)];
  for (const [i, file] of files.entries()) {
    const text = readPostFile(file);
    const reply = check(text, i + 1);
    const post = parsePost(text);
    expect(reply).toEqual({
      type: 'checked',
      seq: i + 1,
      findings: runChecks({ text, facts: BUILT_IN_SITE_FACTS, now: new Date(NOW) }),
      words: countWords(post.body),
    });
  }
  // The sample's body, counted by hand once (stats.test.ts).
  const sample = check(readFileSync(SAMPLE_POST, 'utf8'), 99);
  expect(sample.words).toBe(533);
});

test('an edit of the text held is checked as the whole text would be', () => {
  const text = readPostFile(SAMPLE_POST);
  check(text, 1);
  const at = text.lastIndexOf('\n', text.length - 2);
  const edited =
    text.slice(0, at) +
    '\n\nUn párrafo nuevo con [un enlace](http://example.org).' +
    text.slice(at);
  replies.length = 0;
  const edit = { from: at, to: at, insert: edited.slice(at, at + edited.length - text.length) };
  send({ type: 'check', seq: 2, now: NOW, edit: { ...edit, length: edited.length } });
  const reference = runChecks({ text: edited, facts: BUILT_IN_SITE_FACTS, now: new Date(NOW) });
  expect(replies).toEqual([
    {
      type: 'checked',
      seq: 2,
      findings: reference,
      words: countWords(parsePost(edited).body),
    },
  ]);
});

test('an edit that does not fit the text held is an error, and the next whole text is checked', () => {
  check('Hola.\n', 1);
  replies.length = 0;
  send({ type: 'check', seq: 2, now: NOW, edit: { from: 0, to: 0, insert: 'x', length: 99 } });
  expect(replies[0]).toMatchObject({ type: 'error', seq: 2 });
  // After the error the worker holds nothing: an edit alone is refused too.
  replies.length = 0;
  send({ type: 'check', seq: 3, now: NOW, edit: { from: 0, to: 0, insert: 'x', length: 7 } });
  expect(replies[0]).toMatchObject({ type: 'error', seq: 3 });
  expect(check('Hola de nuevo.\n', 4)).toMatchObject({ type: 'checked', words: 3 });
});

test('the words of a post whose front matter is broken are those of its body', () => {
  const text = '---\ntitle: "sin cerrar\n---\n\nDos palabras.\n';
  const reply = check(text, 1);
  expect(reply.words).toBe(countWords(parsePost(text).body));
  expect(reply.words).toBe(2);
});
