import { formatMessage } from '../../i18n/translate';
import type { Params } from '../../i18n/translate';
import { diffTexts, sameText } from '../../core/edited-text';
import { changeBetween, type TextSource } from '../../core/text';
import {
  applyBlockDiff,
  type PageReply,
  type PageRequest,
  type PreviewBlock,
  type RenderRequest,
  type SiteMessage,
  type WorkerReply,
  type WorkerRequest,
} from '../../core/render/worker-protocol';
import type { SiteNotice } from '../../core/site/render-page';

/** The part of a `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A finished render: the body, what the page tagged it with, and its blocks in order. */
export interface RenderResult<Tag> {
  body: TextSource;
  tag: Tag;
  blocks: PreviewBlock[];
  /** The body has no reference or footnote definitions. */
  contextFree: boolean;
  /** With a site: the body's Liquid failed and shows as written. */
  liquidError?: SiteNotice;
}

/**
 * A worker started before the client, maybe rendering a body already (sent whole, with seq 1),
 * and the replies it gave since.
 */
export interface StartedWorker {
  worker: WorkerLike;
  /** The body it was sent (seq 1), or null when it was sent none. */
  body: string | null;
  siteUrl: string;
  replies: WorkerReply[];
}

export interface RenderClientOptions<Tag> {
  createWorker: () => WorkerLike;
  /**
   * Returns the worker started ahead for this client's first worker, if any: its render of the
   * first body, when it is the body asked for, is this client's first reply.
   */
  takeStarted?: () => StartedWorker | null;
  /**
   * Called after each render with its result; the tag is the one the body was sent with, so
   * that what the page knew about the text travels with the text's blocks.
   */
  onBlocks: (result: RenderResult<Tag>) => void;
  /** Called with each page the site's layouts rendered (see `setSite`). */
  onPage?: (reply: PageReply) => void;
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
export interface RenderClient<Tag> {
  /**
   * Asks for a render of `body`; while one runs, only the latest request is kept. The body is
   * read around what changed since the one sent before (an edited text, edited-text.ts, is made
   * whole only when it is sent whole).
   */
  render(body: TextSource, siteUrl: string, tag: Tag): void;
  /**
   * Renders with the site's layouts from now on (its text files), or the built-in layout (null).
   * A restarted worker gets the site again. The next `render` should be sent `full`.
   */
  setSite(files: [string, string][] | null): void;
  /** Asks for the site's page around the content, for a post at `path` with front matter `data`. */
  renderPage(path: string, data: Record<string, unknown>): void;
  /** Terminates the worker; the client is unusable afterwards. */
  dispose(): void;
}

/** What one render request asks for, before it is written for the wire. */
interface Pending<Tag> {
  body: TextSource;
  siteUrl: string;
  tag: Tag;
  full?: boolean;
  /** A worker's head start that was not the body asked for: its reply is not shown. */
  quiet?: boolean;
}

/**
 * Returns a client that keeps at most one render in flight, restarts the worker when it dies or
 * a render takes longer than `timeoutMs` (default 5 s), sends each body as an edit of the one
 * sent before it, and rebuilds the full blocks from the worker's replies (which hold only the
 * blocks that changed, and omit HTML the page already has).
 */
export function createRenderClient<Tag>(options: RenderClientOptions<Tag>): RenderClient<Tag> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as number));
  const say = options.say ?? ((key, params) => formatMessage('en', key, params));
  let worker: WorkerLike | null = null;
  // The blocks of the worker's last reply (what its next reply changes).
  let held: PreviewBlock[] = [];
  // The body the worker received last, and the request that carried it (an edit's base).
  let sent: { body: TextSource; seq: number } | null = null;
  let seq = 0;
  let inFlight: (Pending<Tag> & { seq: number }) | null = null;
  let latest: Pending<Tag> | null = null;
  let timer: unknown = null;
  let disposed = false;
  let siteMessage: SiteMessage | null = null;
  let pageMessage: PageRequest | null = null;
  let pageSeq = 0;

  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  const kill = (problem: string) => {
    stopTimer();
    worker?.terminate();
    worker = null;
    inFlight = null;
    // A fresh worker knows neither body nor blocks: it is sent the whole body and replies with
    // every block.
    held = [];
    sent = null;
    // The request that hung or crashed is dropped; the next edit brings a new one.
    latest = null;
    options.onProblem(problem);
  };

  let takeStarted = options.takeStarted;
  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const started = takeStarted?.() ?? null;
    takeStarted = undefined;
    const w = started?.worker ?? options.createWorker();
    w.onmessage = (event) => {
      if (event.data.type === 'page') {
        if (!disposed && event.data.seq === pageSeq) options.onPage?.(event.data);
      } else onReply(event.data);
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      if (w === worker) kill(say('preview.crashed'));
    };
    worker = w;
    // A new worker knows no site: give it the site and the page again, before any body.
    if (siteMessage) w.postMessage(siteMessage);
    if (siteMessage && pageMessage) w.postMessage(pageMessage);
    if (started?.body != null) adopt(started, started.body);
    return w;
  };

  /**
   * Takes the started worker's render of `body` as this client's request in flight: shown when
   * it is the body asked for (with the site URL asked for, and no site), else only the base of
   * the next request. Then gives it the replies that came already.
   */
  const adopt = (started: StartedWorker, body: string) => {
    const asked = latest;
    const same =
      asked !== null &&
      sameText(asked.body, body) &&
      asked.siteUrl === started.siteUrl &&
      !asked.full &&
      siteMessage === null;
    seq = Math.max(seq, 1);
    if (same) {
      inFlight = { ...asked, seq: 1 };
      latest = null;
    } else {
      // The tag of a quiet request is never read.
      const tag = asked?.tag as Tag;
      inFlight = { body, siteUrl: started.siteUrl, tag, seq: 1, quiet: true };
    }
    sent = { body, seq: 1 };
    timer = setTimer(() => kill(say('preview.tooLong')), timeoutMs);
    for (const reply of started.replies) {
      if (reply.type === 'page') continue;
      onReply(reply);
    }
  };

  /** Returns the request for `pending`: an edit of the body sent before, when it is one. */
  const requestOf = (pending: Pending<Tag>, at: number): RenderRequest => {
    const { body, siteUrl, full } = pending;
    const message: RenderRequest = { type: 'render', seq: at, siteUrl };
    if (full) message.full = true;
    const base = sent?.body;
    if (base === undefined || sameText(base, body)) {
      message.body = body.toString();
      return message;
    }
    const edit = changeBetween(base, body, diffTexts);
    // A change of most of the body goes whole: the edit would be as long, and slower to apply.
    if (edit.insert.length * 2 > body.length) message.body = body.toString();
    else message.edit = { ...edit, base: sent!.seq, length: body.length };
    return message;
  };

  const sendNext = () => {
    if (disposed || inFlight || !latest) return;
    const w = ensureWorker();
    // The started worker's render may be this request's, or now in flight before it.
    if (inFlight || !latest) return;
    const pending = latest;
    latest = null;
    const message = requestOf(pending, ++seq);
    inFlight = { ...pending, seq: message.seq };
    sent = { body: pending.body, seq: message.seq };
    w.postMessage(message);
    timer = setTimer(() => kill(say('preview.tooLong')), timeoutMs);
  };

  const onReply = (reply: Exclude<WorkerReply, PageReply>) => {
    if (disposed || !inFlight || reply.seq !== inFlight.seq) return;
    const request = inFlight;
    stopTimer();
    inFlight = null;
    if (reply.type === 'error') {
      // The worker starts over: its next reply holds every block.
      held = [];
      options.onProblem(say('preview.failed', { error: reply.message }));
    } else if (reply.type === 'resend') {
      // The worker lacked the edit's base: send this body whole, unless a newer one waits.
      sent = null;
      const { body, siteUrl, tag } = request;
      latest ??= { body, siteUrl, tag };
    } else {
      const blocks = applyBlockDiff(held, reply);
      if (!blocks) {
        // The worker assumed blocks or HTML the page does not hold: ask again for everything.
        held = [];
        const { body, siteUrl, tag } = request;
        latest ??= { body, siteUrl, tag, full: true };
      } else {
        held = blocks;
        if (!request.quiet) {
          options.onProblem(null);
          const { body, tag } = request;
          const { contextFree, liquidError } = reply;
          options.onBlocks({ body, tag, blocks, contextFree, liquidError });
        }
      }
    }
    sendNext();
  };

  return {
    render(body, siteUrl, tag) {
      latest = { body, siteUrl, tag };
      sendNext();
    },
    setSite(files) {
      siteMessage = files ? { type: 'site', files } : null;
      pageMessage = null;
      if (worker) worker.postMessage({ type: 'site', files });
    },
    renderPage(path, data) {
      pageMessage = { type: 'page', seq: ++pageSeq, path, data };
      if (siteMessage) ensureWorker().postMessage(pageMessage);
    },
    dispose() {
      disposed = true;
      stopTimer();
      worker?.terminate();
      worker = null;
    },
  };
}
