/**
 * The page's side of the checks worker: a request goes out once typing pauses, at most one is in
 * flight, and only the latest text waits behind it (sent when the run ends if typing has paused
 * by then, else at the pause). Nothing here runs a check, so a key press costs one timer reset.
 * A request carries only what changed since the one before (worker-protocol.ts): the edit of the
 * text, the facts when they changed.
 *
 * The pause a run waits for grows with what the run costs: at least `delayMs`, and at least
 * twice the time the run is expected to take (`expectedRunMs`), up to `MAX_PAUSE_MS`. Each run
 * parses the whole post, and on a long one it keeps a core busy for hundreds of ms: started in
 * a short pause, it was still running when the typing resumed, beside the page's thread on a
 * machine of few cores (at 50,803 words the first run took 1.4 s then, and the bench's keys
 * 2-7 showed in the preview in 17.7 ms on average; 12.3 ms with the run waiting its pause).
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
  /** The shortest pause in typing after which the checks run (default 400 ms). */
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /**
   * The clock runs are timed with (ms; default `performance.now`). Not the checks' date, which
   * each request carries as `now` (`Date.now()`).
   */
  clock?: () => number;
}

/** The longest pause a run waits for, however long the last one took. */
export const MAX_PAUSE_MS = 3_000;

/**
 * Returns the ms a run over a text of `length` characters is expected to take from its request
 * to its reply: as long as the last run took, in proportion to the text's length; before any
 * run, as long as a first run takes on a 2-core machine (starting the worker, whose code is
 * still cold: 167 ms for 34,803 characters, 661 ms for 340,999, measured in Chromium).
 */
export function expectedRunMs(length: number, last: { ms: number; length: number } | null): number {
  if (last) return (last.ms * length) / Math.max(1, last.length);
  return 100 + length * 0.00165;
}

/** A handle on the checks worker. */
export interface ChecksClient {
  /**
   * Asks for the checks of `input` once typing pauses; `atOnce` without waiting for a pause,
   * unless the run is expected to take long (a long post's).
   */
  schedule(input: () => Omit<CheckInput, 'now'>, atOnce?: boolean): void;
  dispose(): void;
}

/** Returns a client of the checks worker (see the module's comment). */
export function createChecksClient(options: ChecksClientOptions): ChecksClient {
  const delayMs = options.delayMs ?? 400;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as number));
  const clock = options.clock ?? (() => performance.now());
  let worker: ChecksWorkerLike | null = null;
  let timer: unknown = null;
  let seq = 0;
  let inFlight: { seq: number; text: string; started: number } | null = null;
  /** How long the last run took, and the length of its text. */
  let lastRun: { ms: number; length: number } | null = null;
  /** The length of the text last asked for (the pause is reckoned from it). */
  let length: number | null = null;
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
    inFlight = { seq: ++seq, text: input.text, started: clock() };
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
      const { text, started } = inFlight;
      inFlight = null;
      lastRun = { ms: clock() - started, length: text.length };
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

  /** Returns the pause the next run waits for (see the module's comment). */
  const pauseMs = () => {
    const expected = expectedRunMs(length ?? 0, lastRun);
    return Math.min(MAX_PAUSE_MS, Math.max(delayMs, 2 * expected));
  };

  return {
    schedule(input, atOnce = false) {
      if (timer !== null) clearTimer(timer);
      timer = null;
      waiting = input;
      // The text's length is learnt once, when first asked; it changes little from key to key,
      // and each run's tells the next pause.
      length ??= input().text.length;
      const pause = pauseMs();
      // At once only where the run is short: a long one waits for its pause even so.
      if (atOnce && pause <= delayMs) send();
      else
        timer = setTimer(() => {
          timer = null;
          send();
        }, pause);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      worker?.terminate();
      worker = null;
    },
  };
}
