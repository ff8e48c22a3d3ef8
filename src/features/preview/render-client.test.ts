import { describe, expect, it } from 'vitest';
import { createRenderClient, type WorkerLike } from './render-client';
import type { PreviewBlock, RenderRequest, WorkerReply } from '../../core/render/worker-protocol';
import type { TextSource } from '../../core/text';
import { EditedText } from '../../core/edited-text';

class FakeWorker implements WorkerLike {
  posted: RenderRequest[] = [];
  terminated = false;
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  postMessage(message: RenderRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const timers: { fn: () => void; cleared: boolean }[] = [];
  const results: PreviewBlock[][] = [];
  const problems: (string | null)[] = [];
  const client = createRenderClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    onBlocks: (r) => results.push(r.blocks),
    onProblem: (p) => problems.push(p),
    setTimer: (fn) => {
      const t = { fn, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
  });
  return { client, workers, timers, results, problems };
}

const block = (key: string, html?: string, from = 0, to = 1) => ({
  key,
  html,
  from,
  to,
  kind: 'paragraph',
});

/** A reply that replaces all the page's blocks (as after a full request or a new worker). */
const all = (seq: number, blocks: ReturnType<typeof block>[]): WorkerReply => ({
  type: 'rendered',
  contextFree: true,
  seq,
  full: true,
  start: 0,
  removed: 0,
  shift: 0,
  blocks,
});

describe('createRenderClient', () => {
  it('keeps one render in flight and sends only the latest body queued meanwhile', () => {
    const { client, workers } = setup();
    client.render('a', '', null);
    client.render('ab', '', null);
    client.render('abc', '', null);
    const [w] = workers;
    expect(w.posted.map((m) => m.body)).toEqual(['a']);
    w.reply(all(w.posted[0].seq, [block('k1', '<p>a</p>')]));
    // A change of most of the body goes whole.
    expect(w.posted.map((m) => m.body)).toEqual(['a', 'abc']);
  });

  it('sends each body as an edit of the previous one, and a new worker the whole body', () => {
    const { client, workers, timers } = setup();
    const long = 'x'.repeat(50);
    client.render(long, '', null);
    const [w] = workers;
    w.reply(all(1, [block('k', '<p>x</p>', 0, 50)]));
    client.render(`${long}!`, '', null);
    expect(w.posted[1]).toMatchObject({ edit: { from: 50, to: 50, insert: '!', base: 1 } });
    timers[1].fn();
    client.render(`${long}!?`, '', null);
    expect(workers[1].posted[0]).toMatchObject({ body: `${long}!?` });
  });

  it("sends the editor's edited bodies as the same edits as their strings", () => {
    const { client, workers } = setup();
    const head = '---\ntitle: x\n---\n';
    const whole = EditedText.of(`${head}Uno dos.\n\n${'Tres cuatro. '.repeat(20)}\n`);
    const body = (text: EditedText) => text.view(head.length);
    client.render(body(whole), '', null);
    const [w] = workers;
    expect(w.posted[0].body).toBe(whole.toString().slice(head.length));
    w.reply(all(1, [block('k', '<p>x</p>', 0, 10)]));
    const at = head.length + 3;
    const first = whole.edit(at, at, 'a');
    client.render(body(first), '', null);
    expect(w.posted[1]).toMatchObject({ edit: { from: 3, to: 3, insert: 'a', base: 1 } });
    // Two keys while that render runs: one edit, from the body sent to the latest.
    client.render(body(first.edit(at + 1, at + 1, 'b')), '', null);
    client.render(body(first.edit(at + 1, at + 1, 'bc')), '', null);
    w.reply(all(2, [block('k', '<p>x</p>', 0, 10)]));
    expect(w.posted[2]).toMatchObject({ edit: { from: 4, to: 4, insert: 'bc', base: 2 } });
    expect(w.posted[2].body).toBeUndefined();
  });

  it('fills in the blocks and HTML the worker left out from the previous reply', () => {
    const { client, workers, results } = setup();
    client.render('one\n\ntwo\n\nend', '', null);
    const [w] = workers;
    w.reply(
      all(1, [
        block('a', '<p>one</p>', 0, 5),
        block('b', '<p>two</p>', 5, 10),
        block('e', '<p>end</p>', 10, 13),
      ]),
    );
    client.render('one\n\ntwo!\n\nend', '', null);
    w.reply({
      type: 'rendered',
      contextFree: true,
      seq: 2,
      start: 1,
      removed: 1,
      shift: 1,
      blocks: [block('c', '<p>two!</p>', 5, 11)],
    });
    expect(results[1].map((b) => [b.html, b.from])).toEqual([
      ['<p>one</p>', 0],
      ['<p>two!</p>', 5],
      ['<p>end</p>', 11],
    ]);
    expect(results[1][0]).toBe(results[0][0]);
  });

  it('asks for a full render when a reply names HTML it never received', () => {
    const { client, workers, results } = setup();
    client.render('x', '', null);
    const [w] = workers;
    w.reply({
      type: 'rendered',
      contextFree: true,
      seq: 1,
      start: 0,
      removed: 0,
      shift: 0,
      blocks: [block('ghost', undefined)],
    });
    expect(results).toEqual([]);
    expect(w.posted[1]).toMatchObject({ body: 'x', full: true });
  });

  it('sends the whole body again when the worker lacks the base of an edit', () => {
    const { client, workers } = setup();
    client.render('a', '', null);
    const [w] = workers;
    w.reply(all(1, [block('k', '<p>a</p>')]));
    client.render('ab', '', null);
    w.reply({ type: 'resend', seq: 2 });
    expect(w.posted[2]).toMatchObject({ body: 'ab' });
    expect(w.posted[2].edit).toBeUndefined();
  });

  it('restarts a worker that takes too long, then recovers on the next edit', () => {
    const { client, workers, timers, problems, results } = setup();
    client.render('slow', '', null);
    timers[0].fn();
    expect(workers[0].terminated).toBe(true);
    expect(problems.at(-1)).toMatch(/took too long/);
    expect(workers).toHaveLength(1);
    client.render('slow!', '', null);
    expect(workers).toHaveLength(2);
    workers[1].reply(all(2, [block('k', '<p>ok</p>')]));
    expect(results.at(-1)?.[0].html).toBe('<p>ok</p>');
    expect(problems.at(-1)).toBeNull();
  });

  it('restarts a crashed worker and ignores replies from the dead one', () => {
    const { client, workers, problems, results } = setup();
    client.render('a', '', null);
    const dead = workers[0];
    dead.onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(dead.terminated).toBe(true);
    expect(problems.at(-1)).toMatch(/stopped working/);
    dead.reply(all(1, [block('k', '<p>late</p>')]));
    expect(results).toEqual([]);
    client.render('b', '', null);
    expect(workers[1].posted.map((m) => m.body)).toEqual(['b']);
  });

  it('reports a render error as a sentence and keeps working', () => {
    const { client, workers, problems, timers } = setup();
    client.render('a', '', null);
    workers[0].reply({ type: 'error', seq: 1, message: 'boom' });
    expect(problems.at(-1)).toBe('The preview could not render this text: boom');
    expect(timers[0].cleared).toBe(true);
    client.render('b', '', null);
    expect(workers[0].posted).toHaveLength(2);
  });

  describe('with a worker started ahead', () => {
    function started(body: string | null, siteUrl = '') {
      const worker = new FakeWorker();
      const replies: WorkerReply[] = [];
      const results: { body: TextSource; tag: unknown; blocks: PreviewBlock[] }[] = [];
      const created: FakeWorker[] = [];
      const client = createRenderClient<string>({
        createWorker: () => {
          const w = new FakeWorker();
          created.push(w);
          return w;
        },
        takeStarted: () => ({ worker, body, siteUrl, replies }),
        onBlocks: (r) => results.push(r),
        onProblem: () => {},
        setTimer: () => 0,
        clearTimer: () => {},
      });
      return { client, worker, replies, results, created };
    }

    it('takes its render of the same body as the first reply (given before or after)', () => {
      const before = started('a');
      before.replies.push(all(1, [block('k1', '<p>a</p>')]));
      before.client.render('a', '', 'first');
      expect(before.worker.posted).toEqual([]);
      expect(before.created).toEqual([]);
      expect(before.results).toEqual([
        { body: 'a', tag: 'first', blocks: [block('k1', '<p>a</p>')], contextFree: true },
      ]);

      const after = started('a');
      after.client.render('a', '', 'first');
      after.client.render('ab', '', 'second');
      expect(after.worker.posted).toEqual([]);
      after.worker.reply(all(1, [block('k1', '<p>a</p>')]));
      expect(after.results.map((r) => r.tag)).toEqual(['first']);
      // The next body goes as an edit of the one the worker rendered ahead.
      expect(after.worker.posted).toEqual([
        {
          type: 'render',
          seq: 2,
          siteUrl: '',
          edit: { from: 1, to: 1, insert: 'b', base: 1, length: 2 },
        },
      ]);
    });

    it('does not show its render of another body, and sends the body asked for after it', () => {
      const { client, worker, results } = started('old');
      client.render('a new body', '', 'first');
      expect(worker.posted).toEqual([]);
      worker.reply(all(1, [block('k0', '<p>old</p>')]));
      expect(results).toEqual([]);
      expect(worker.posted.map((m) => [m.seq, m.body])).toEqual([[2, 'a new body']]);
      worker.reply({ ...all(2, [block('k1', '<p>a new body</p>')]) });
      expect(results.map((r) => [r.tag, r.blocks])).toEqual([
        ['first', [block('k1', '<p>a new body</p>')]],
      ]);
    });

    it('sends the first body to a started worker that was given none', () => {
      const { client, worker } = started(null);
      client.render('a', '', 'first');
      expect(worker.posted.map((m) => [m.seq, m.body])).toEqual([[1, 'a']]);
    });
  });
});
