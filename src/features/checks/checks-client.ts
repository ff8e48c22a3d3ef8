/**
 * The page's side of the checks worker: a request goes out once typing pauses (`delayMs` after
 * the last change), at most one is in flight, and only the latest text waits behind it (sent
 * when the run ends if typing has paused by then, else at the pause). Nothing
 * here runs a check, so a key press costs one timer reset. A request carries only what changed
 * since the one before (worker-protocol.ts): the edit of the text, the facts when they changed.
 */
import type { CheckInput } from '../../core/checks/run-checks';
import type { Finding } from '../../core/checks/types';
import type { CheckReply, CheckRequest } from '../../core/checks/worker-protocol';
import { changeBetween } from '../../core/text';

/** The part of a `Worker` the client uses (a fake in tests). */
export interface ChecksWorkerLike {
  postMessage(message: CheckRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CheckReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * What a finished run reports: the text checked and its findings, or why it failed; and the
 * words of its body, unless the post could not be read.
 */
export type ChecksResult =
  | { text: string; findings: Finding[]; error?: undefined; words: number }
  | { text: string; findings?: undefined; error: string; words?: number };

export interface ChecksClientOptions {
  createWorker: () => ChecksWorkerLike;
  onResult: (result: ChecksResult) => void;
  /** The pause in typing after which the checks run (default 400 ms). */
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** A handle on the checks worker. */
export interface ChecksClient {
  /** Asks for the checks of `input` once typing pauses (`now` at once). */
  schedule(input: () => Omit<CheckInput, 'now'>, now?: boolean): void;
  dispose(): void;
}

/** Returns a client of the checks worker (see the module's comment). */
export function createChecksClient(options: ChecksClientOptions): ChecksClient {
  const delayMs = options.delayMs ?? 400;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as number));
  let worker: ChecksWorkerLike | null = null;
  let timer: unknown = null;
  let seq = 0;
  let inFlight: { seq: number; text: string } | null = null;
  let waiting: (() => Omit<CheckInput, 'now'>) | null = null;
  let disposed = false;

  // What the worker holds (the input of the last request): a request carries only what changed.
  let held: Omit<CheckInput, 'now'> | null = null;

  /** Returns the request for `input`, given what the worker holds. */
  const requestOf = (input: Omit<CheckInput, 'now'>): CheckRequest => {
    const request: CheckRequest = { type: 'check', seq, now: Date.now(), filename: input.filename };
    if (held?.facts !== input.facts) request.facts = input.facts;
    if (held === null || held.images !== input.images) request.images = input.images ?? null;
    const edit = held === null ? null : changeBetween(held.text, input.text);
    // A change of most of the text goes whole: the edit would be as long.
    if (edit === null || edit.insert.length * 2 > input.text.length) request.text = input.text;
    else request.edit = { ...edit, length: input.text.length };
    return request;
  };

  const send = () => {
    if (disposed || inFlight || !waiting) return;
    const input = waiting();
    waiting = null;
    inFlight = { seq: ++seq, text: input.text };
    worker ??= start();
    worker.postMessage(requestOf(input));
    held = input;
  };

  /**
   * After a run, sends the text that waited behind it only if typing has paused since (its timer
   * fired during the run); while typing goes on, the timer sends it at the pause. Sending it at
   * once would run the checks back to back as long as someone types: on a long post each run
   * takes the worker hundreds of ms, a core the page's typing needs on a machine of few cores.
   */
  const sendIfPaused = () => {
    if (timer === null) send();
  };

  const start = () => {
    const w = options.createWorker();
    w.onmessage = ({ data }) => {
      if (disposed || !inFlight || data.seq !== inFlight.seq) return;
      const { text } = inFlight;
      inFlight = null;
      // After an error the worker holds nothing (worker-protocol.ts).
      if (data.type === 'error') held = null;
      options.onResult(
        data.type === 'checked'
          ? { text, findings: data.findings, words: data.words }
          : { text, error: data.message, words: data.words },
      );
      sendIfPaused();
    };
    // A worker that dies (an uncaught error, out of memory) answers no more: the run in flight
    // fails, and the next one starts a new worker, sent everything.
    w.onerror = (event) => {
      event.preventDefault?.();
      if (disposed || worker !== w) return;
      w.terminate();
      worker = null;
      held = null;
      const lost = inFlight;
      inFlight = null;
      if (lost) options.onResult({ text: lost.text, error: event.message || 'the checks stopped' });
      sendIfPaused();
    };
    return w;
  };

  return {
    schedule(input, now = false) {
      if (timer !== null) clearTimer(timer);
      timer = null;
      waiting = input;
      if (now) send();
      else
        timer = setTimer(() => {
          timer = null;
          send();
        }, delayMs);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      worker?.terminate();
      worker = null;
    },
  };
}
