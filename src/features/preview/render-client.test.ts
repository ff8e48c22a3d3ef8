import { describe, expect, it } from 'vitest';
import { createRenderClient, type WorkerLike } from './render-client';
import type { PreviewBlock, RenderRequest, WorkerReply } from '../../core/render/worker-protocol';

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

describe('createRenderClient', () => {
  it('keeps one render in flight and sends only the latest body queued meanwhile', () => {
    const { client, workers } = setup();
    client.render('a', '', null);
    client.render('ab', '', null);
    client.render('abc', '', null);
    const [w] = workers;
    expect(w.posted.map((m) => m.body)).toEqual(['a']);
    w.reply({
      type: 'rendered',
      contextFree: true,
      seq: w.posted[0].seq,
      blocks: [block('k1', '<p>a</p>')],
    });
    expect(w.posted.map((m) => m.body)).toEqual(['a', 'abc']);
  });

  it('fills in HTML the worker left out from the previous reply', () => {
    const { client, workers, results } = setup();
    client.render('one\n\ntwo', '', null);
    const [w] = workers;
    w.reply({
      type: 'rendered',
      contextFree: true,
      seq: 1,
      blocks: [block('a', '<p>one</p>', 0, 3), block('b', '<p>two</p>', 5, 8)],
    });
    client.render('one\n\ntwo!', '', null);
    w.reply({
      type: 'rendered',
      contextFree: true,
      seq: 2,
      blocks: [block('a', undefined, 0, 3), block('c', '<p>two!</p>', 5, 9)],
    });
    expect(results[1].map((b) => b.html)).toEqual(['<p>one</p>', '<p>two!</p>']);
  });

  it('asks for a full render when a reply names HTML it never received', () => {
    const { client, workers, results } = setup();
    client.render('x', '', null);
    const [w] = workers;
    w.reply({ type: 'rendered', contextFree: true, seq: 1, blocks: [block('ghost', undefined)] });
    expect(results).toEqual([]);
    expect(w.posted[1]).toMatchObject({ body: 'x', full: true });
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
    workers[1].reply({
      type: 'rendered',
      contextFree: true,
      seq: 2,
      blocks: [block('k', '<p>ok</p>')],
    });
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
    dead.reply({
      type: 'rendered',
      contextFree: true,
      seq: 1,
      blocks: [block('k', '<p>late</p>')],
    });
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
});
