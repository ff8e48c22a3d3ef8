import { describe, expect, it } from 'vitest';
import type { CheckReply, CheckRequest } from '../../core/checks/worker-protocol';
import { BUILT_IN_SITE_FACTS } from '../../core/checks/built-in-facts';
import { createChecksClient, type ChecksResult, type ChecksWorkerLike } from './checks-client';

function setup() {
  const sent: CheckRequest[] = [];
  const results: ChecksResult[] = [];
  const timers = new Map<number, () => void>();
  let next = 0;
  const worker: ChecksWorkerLike = {
    postMessage: (m) => void sent.push(m),
    terminate: () => {},
    onmessage: null,
  };
  const client = createChecksClient({
    createWorker: () => worker,
    onResult: (r) => void results.push(r),
    setTimer: (fn) => (timers.set(++next, fn), next),
    clearTimer: (h) => void timers.delete(h as number),
  });
  const reply = (r: CheckReply) => worker.onmessage?.({ data: r } as MessageEvent<CheckReply>);
  const fire = () => [...timers.values()].forEach((fn) => fn());
  const input = (text: string) => () => ({ text, facts: BUILT_IN_SITE_FACTS });
  return { client, sent, results, timers, reply, fire, input };
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

  it('ignores replies after dispose', () => {
    const { client, results, reply, input } = setup();
    client.schedule(input('x'), true);
    client.dispose();
    reply({ type: 'checked', seq: 1, findings: [], words: 1 });
    expect(results).toEqual([]);
  });
});
