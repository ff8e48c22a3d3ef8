import { formatMessage } from '../../i18n/translate';
import type { Params } from '../../i18n/translate';
import {
  mergeWireBlocks,
  type PreviewBlock,
  type RenderRequest,
  type WorkerReply,
} from './worker-protocol';

/** The part of a `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: RenderRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface RenderClientOptions {
  createWorker: () => WorkerLike;
  /** Called with every block of the body, in order, after each render. */
  onBlocks: (blocks: PreviewBlock[]) => void;
  /** Called with a sentence for the person when rendering failed, and with null once it works. */
  onProblem: (message: string | null) => void;
  /** A render running longer than this restarts the worker. */
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Returns a problem's sentence in the UI's language; English by default. */
  say?: (key: ProblemKey, params?: Params) => string;
}

/** The messages of the preview's problems. */
export type ProblemKey = 'preview.tooLong' | 'preview.crashed' | 'preview.failed';

/** A page-side handle on the preview worker. */
export interface RenderClient {
  /** Asks for a render of `body`; while one runs, only the latest request is kept. */
  render(body: string, siteUrl: string): void;
  /** Terminates the worker; the client is unusable afterwards. */
  dispose(): void;
}

/**
 * Returns a client that keeps at most one render in flight, restarts the worker when it dies or
 * a render takes longer than `timeoutMs` (default 5 s), and rebuilds full blocks from the
 * worker's replies (which omit HTML the page already has).
 */
export function createRenderClient(options: RenderClientOptions): RenderClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as number));
  const say = options.say ?? ((key, params) => formatMessage('en', key, params));
  let worker: WorkerLike | null = null;
  let known = new Map<string, string>();
  let seq = 0;
  let inFlight: RenderRequest | null = null;
  let latest: Omit<RenderRequest, 'type' | 'seq'> | null = null;
  let timer: unknown = null;
  let disposed = false;

  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  const kill = (problem: string) => {
    stopTimer();
    worker?.terminate();
    worker = null;
    inFlight = null;
    // A fresh worker knows no blocks, so it will send all HTML again.
    known = new Map();
    // The request that hung or crashed is dropped; the next edit brings a new one.
    latest = null;
    options.onProblem(problem);
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = options.createWorker();
    w.onmessage = (event) => onReply(event.data);
    w.onerror = (event) => {
      event.preventDefault?.();
      if (w === worker) kill(say('preview.crashed'));
    };
    worker = w;
    return w;
  };

  const sendNext = () => {
    if (disposed || inFlight || !latest) return;
    inFlight = { type: 'render', seq: ++seq, ...latest };
    latest = null;
    ensureWorker().postMessage(inFlight);
    timer = setTimer(() => kill(say('preview.tooLong')), timeoutMs);
  };

  const onReply = (reply: WorkerReply) => {
    if (disposed || !inFlight || reply.seq !== inFlight.seq) return;
    const request = inFlight;
    stopTimer();
    inFlight = null;
    if (reply.type === 'error') {
      known = new Map();
      options.onProblem(say('preview.failed', { error: reply.message }));
    } else {
      const blocks = mergeWireBlocks(reply.blocks, known);
      if (!blocks) {
        // The worker assumed HTML the page does not hold: ask again for everything.
        latest ??= { body: request.body, siteUrl: request.siteUrl, full: true };
      } else {
        known = new Map(blocks.map((b) => [b.key, b.html]));
        options.onProblem(null);
        options.onBlocks(blocks);
      }
    }
    sendNext();
  };

  return {
    render(body, siteUrl) {
      latest = { body, siteUrl };
      sendNext();
    },
    dispose() {
      disposed = true;
      stopTimer();
      worker?.terminate();
      worker = null;
    },
  };
}
