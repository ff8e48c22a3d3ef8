import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePost } from '../../core/post';
import { keepPreview } from '../../workers/keep-preview';
import { corpusFiles, readPostFile } from '../../../fixtures/paths.mjs';
import { likelyBody } from './preview-worker-start';
import { forgetKeptPreview, snapshotOf } from './preview-snapshot.fixture';

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

describe('headStart', () => {
  /** A stand-in for the module worker: what it was sent. */
  class FakeWorker {
    static made: FakeWorker[] = [];
    posted: unknown[] = [];
    onmessage: unknown = null;
    onerror: unknown = null;
    constructor() {
      FakeWorker.made.push(this);
    }
    postMessage(message: unknown) {
      this.posted.push(message);
    }
    terminate() {}
  }

  /** The worker-start module as a new page has it (no worker started yet, nothing read). */
  async function freshStart() {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    return import('./preview-worker-start');
  }

  afterEach(() => vi.unstubAllGlobals());

  const kept = (body: string) => keepPreview(snapshotOf(body));

  it('starts no worker when the pane will show the kept preview of this very body', async () => {
    await kept('Cuerpo.');
    const start = await freshStart();
    await start.headStart({ body: 'Cuerpo.', siteUrl: '' }, () => true);
    expect(FakeWorker.made).toHaveLength(0);
    // The pane's client then starts its own.
    expect(start.takeStartedWorker()).toBeNull();
  });

  it('starts the worker and sends it the body when the kept preview is of another', async () => {
    await kept('Otro cuerpo.');
    const start = await freshStart();
    await start.headStart({ body: 'Cuerpo.', siteUrl: '' }, () => true);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].posted).toEqual([
      { type: 'render', seq: start.HEAD_START_SEQ, siteUrl: '', body: 'Cuerpo.' },
    ]);
    expect(start.takeStartedWorker()?.body).toBe('Cuerpo.');
  });

  it('with nothing kept, starts the worker; once the page has left, nothing', async () => {
    await forgetKeptPreview();
    const start = await freshStart();
    await start.headStart({ body: 'Cuerpo.', siteUrl: '' }, () => false);
    expect(FakeWorker.made).toHaveLength(0);
    await start.headStart({ body: 'Cuerpo.', siteUrl: '' }, () => true);
    expect(FakeWorker.made).toHaveLength(1);
  });
});
