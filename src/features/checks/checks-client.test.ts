import { describe, expect, it } from 'vitest';
import type { CheckReply, CheckRequest } from '../../core/checks/worker-protocol';
import { BUILT_IN_SITE_FACTS } from '../../core/checks/built-in-facts';
import {
  createChecksClient,
  expectedRunMs,
  MAX_PAUSE_MS,
  type ChecksResult,
  type ChecksWorkerLike,
} from './checks-client';

function setup() {
  const sent: CheckRequest[] = [];
  const results: ChecksResult[] = [];
  const timers = new Map<number, () => void>();
  /** The pause each timer was set for, by handle. */
  const pauses = new Map<number, number>();
  const clock = { ms: 0 };
  let next = 0;
  let started = 0;
  const worker: ChecksWorkerLike = {
    postMessage: (m) => void sent.push(m),
    terminate: () => {},
    onmessage: null,
    onerror: null,
  };
  const client = createChecksClient({
    createWorker: () => (started++, worker),
    onResult: (r) => void results.push(r),
    setTimer: (fn, ms) => (timers.set(++next, fn), pauses.set(next, ms), next),
    clearTimer: (h) => void timers.delete(h as number),
    clock: () => clock.ms,
  });
  const reply = (r: CheckReply) => worker.onmessage?.({ data: r } as MessageEvent<CheckReply>);
  // A timer that fired is gone, as a real one is.
  const fire = () =>
    [...timers].forEach(([handle, fn]) => {
      timers.delete(handle);
      fn();
    });
  const input = (text: string) => () => ({ text, facts: BUILT_IN_SITE_FACTS });
  const workersStarted = () => started;
  /** The pause the last timer was set for. */
  const pause = () => pauses.get(next);
  return {
    client,
    sent,
    results,
    timers,
    reply,
    fire,
    input,
    worker,
    workersStarted,
    clock,
    pause,
  };
}

describe('createChecksClient', () => {
  it('sends nothing while typing goes on, then only the latest text after the pause', () => {
    const { client, sent, timers, fire, input } = setup();
    client.schedule(input('a'));
    client.schedule(input('ab'));
    client.schedule(input('abc'));
    expect(sent).toEqual([]);
    expect(timers.size).toBe(1);
    fire();
    expect(sent.map((m) => m.text)).toEqual(['abc']);
  });

  it('keeps one request in flight and sends the latest one when the reply comes', () => {
    const { client, sent, results, reply, input } = setup();
    client.schedule(input('one'), true);
    client.schedule(input('two'), true);
    client.schedule(input('three'), true);
    expect(sent.map((m) => m.text)).toEqual(['one']);
    reply({ type: 'checked', seq: 1, findings: [], words: 1 });
    expect(results).toEqual([{ text: 'one', findings: [], words: 1 }]);
    expect(sent.map((m) => m.text)).toEqual(['one', 'three']);
    reply({ type: 'error', seq: 2, message: 'boom', words: 1 });
    expect(results[1]).toEqual({ text: 'three', error: 'boom', words: 1 });
  });

  it('holds the text typed during a run until the typing pauses', () => {
    const { client, sent, timers, reply, fire, input } = setup();
    client.schedule(input('a'), true);
    // Typing goes on while the run is in flight: its reply must not send the newer text at once.
    client.schedule(input('ab'));
    reply({ type: 'checked', seq: 1, findings: [], words: 1 });
    expect(sent).toHaveLength(1);
    client.schedule(input('abc'));
    expect(sent).toHaveLength(1);
    expect(timers.size).toBe(1);
    fire();
    expect(sent.map((m) => m.text)).toEqual(['a', 'abc']);
  });

  it('sends the text that waited as soon as the run ends when typing paused during it', () => {
    const { client, sent, reply, fire, input } = setup();
    client.schedule(input('a'), true);
    client.schedule(input('ab'));
    // The pause comes while the run is in flight: nothing can go yet.
    fire();
    expect(sent).toHaveLength(1);
    reply({ type: 'checked', seq: 1, findings: [], words: 1 });
    expect(sent).toHaveLength(2);
    expect(sent[1].edit).toEqual({ from: 1, to: 1, insert: 'b', length: 2 });
  });

  it('sends the text and facts once, then only the edit of the text and facts that changed', () => {
    const { client, sent, reply } = setup();
    const facts = BUILT_IN_SITE_FACTS;
    const long = 'Un texto largo que no cambia. '.repeat(20);
    client.schedule(() => ({ text: long + 'uno', facts }), true);
    expect(sent[0]).toMatchObject({ text: long + 'uno', facts, images: null });
    reply({ type: 'checked', seq: 1, findings: [], words: 1 });
    client.schedule(() => ({ text: long + 'unos', facts }), true);
    expect(sent[1]).not.toHaveProperty('text');
    expect(sent[1]).not.toHaveProperty('facts');
    expect(sent[1]).not.toHaveProperty('images');
    const at = long.length + 3;
    expect(sent[1]!.edit).toEqual({ from: at, to: at, insert: 's', length: long.length + 4 });
    reply({ type: 'checked', seq: 2, findings: [], words: 1 });
    const other = { ...facts, url: 'https://example.org' };
    client.schedule(() => ({ text: long + 'unos', facts: other }), true);
    expect(sent[2]).toMatchObject({ facts: other, edit: { from: at + 1, to: at + 1, insert: '' } });
    // Most of the text changed: it goes whole.
    reply({ type: 'checked', seq: 3, findings: [], words: 1 });
    client.schedule(() => ({ text: 'otro', facts: other }), true);
    expect(sent[3]).toMatchObject({ text: 'otro' });
    expect(sent[3]).not.toHaveProperty('edit');
  });

  it('sends everything again after an error reply (the worker then holds nothing)', () => {
    const { client, sent, reply } = setup();
    const facts = BUILT_IN_SITE_FACTS;
    const long = 'Un texto largo que no cambia. '.repeat(20);
    client.schedule(() => ({ text: long, facts }), true);
    reply({ type: 'error', seq: 1, message: 'boom' });
    client.schedule(() => ({ text: long + '.', facts }), true);
    expect(sent[1]).toMatchObject({ text: long + '.', facts, images: null });
    expect(sent[1]).not.toHaveProperty('edit');
  });

  it('a worker that dies fails its run, and the next run starts a new one, sent everything', () => {
    const { client, sent, results, worker, workersStarted } = setup();
    const facts = BUILT_IN_SITE_FACTS;
    const long = 'Un texto largo que no cambia. '.repeat(20);
    client.schedule(() => ({ text: long, facts }), true);
    client.schedule(() => ({ text: long + '.', facts }), true);
    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(results).toEqual([{ text: long, error: 'out of memory' }]);
    // The run that waited goes to a new worker, whole.
    expect(workersStarted()).toBe(2);
    expect(sent[1]).toMatchObject({ text: long + '.', facts, images: null });
    expect(sent[1]).not.toHaveProperty('edit');
  });

  it('waits for a pause twice as long as the last run took', () => {
    const { client, sent, timers, reply, fire, input, clock, pause } = setup();
    const text = 'Un texto. '.repeat(100);
    client.schedule(input(text), true);
    clock.ms += 450;
    reply({ type: 'checked', seq: 1, findings: [], words: 200 });
    client.schedule(input(text + 'x'));
    expect(pause()).toBe(900);
    fire();
    expect(sent).toHaveLength(2);
    // A quick run brings the pause back to the shortest.
    clock.ms += 20;
    reply({ type: 'checked', seq: 2, findings: [], words: 200 });
    client.schedule(input(text + 'xy'));
    expect(pause()).toBe(400);
    expect(timers.size).toBe(1);
  });

  it("waits for a long post's first run to have its pause, even when asked for at once", () => {
    const { client, sent, timers, fire, input, pause } = setup();
    const long = 'x'.repeat(340_000);
    client.schedule(input(long), true);
    expect(sent).toEqual([]);
    expect(pause()).toBeCloseTo(2 * expectedRunMs(340_000, null), 6);
    expect(pause()).toBeGreaterThan(1_000);
    // A key typed meanwhile starts the pause again.
    client.schedule(input(long + 'y'));
    expect(timers.size).toBe(1);
    fire();
    expect(sent.map((m) => m.text?.length)).toEqual([340_001]);
  });

  it('never waits longer than MAX_PAUSE_MS, however long the last run took', () => {
    const { client, reply, input, clock, pause } = setup();
    client.schedule(input('a'), true);
    clock.ms += 60_000;
    reply({ type: 'checked', seq: 1, findings: [], words: 1 });
    client.schedule(input('ab'));
    expect(pause()).toBe(MAX_PAUSE_MS);
    // A run is expected to take as long as the last, in proportion to its text.
    expect(expectedRunMs(2_000, { ms: 100, length: 1_000 })).toBe(200);
  });

  it('ignores replies after dispose', () => {
    const { client, results, reply, input } = setup();
    client.schedule(input('x'), true);
    client.dispose();
    reply({ type: 'checked', seq: 1, findings: [], words: 1 });
    expect(results).toEqual([]);
  });
});
