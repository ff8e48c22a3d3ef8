/**
 * The preview worker: owns an incremental Markdown renderer so that typing never waits for
 * remark. A request is rendered as soon as it arrives: the page keeps at most one request in
 * flight (see render-client.ts), so there is never a queue to coalesce here, and waiting for one
 * would only add latency to every key press.
 *
 * With a site (its files sent once), it renders as Jekyll does: the body's Liquid first (its
 * blocks then come from Liquid's output, their offsets mapped back to the source), and on a
 * page request the site's layout chain around the content. The code for a site (preview-site.ts)
 * loads with the first site sent: messages that come meanwhile wait for it, in order.
 *
 * The raw HTML parser (parse5, core/render/raw-html.ts) loads apart, as the worker starts: the
 * first render of a post without raw HTML need not wait for that third of the renderer's code.
 * A render whose body may hold raw HTML waits for it (`mayHoldRawHtml`: every raw HTML of the
 * Markdown starts so; the Liquid of a site may make more, but the site's code brings the parser
 * with it, render-page.ts rendering Markdown in full).
 */
import { createIncrementalRenderer } from '../core/render/incremental';
import {
  applyBodyEdit,
  diffBlocks,
  type PageReply,
  type PageRequest,
  type PreviewBlock,
  type RenderedMessage,
  type RenderRequest,
  type WorkerReply,
  type WorkerRequest,
} from '../core/render/worker-protocol';
import { hasLiquid } from '../core/render/liquid';
import { hasRawParser, mayHoldRawHtml, RawHtmlUnavailable } from '../core/render/pipeline';
import type { OffsetMap } from '../core/site/offset-map';
import { BUILD } from '../core/render/preview-snapshot';
import { keepPreview } from './keep-preview';
import type { SiteNotice, SiteRenderer } from '../core/site/render-page';

type SiteCode = typeof import('./preview-site');

type Renderer = ReturnType<typeof createIncrementalRenderer>;

/** The worker's global scope, typed by what this file uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let renderer: Renderer | null = null;
let rendererSiteUrl = '';
/**
 * The blocks the page holds (those of the last reply; `page.content` for the layout is their
 * HTML, joined when asked).
 */
let sent: PreviewBlock[] = [];
/** The next reply replaces all the page's blocks (it holds none the worker knows of). */
let sendAll = true;
let site: (SiteRenderer & { code: SiteCode }) | null = null;
/** The site's code, once loaded; why it could not load, when it could not. */
let siteCode: SiteCode | null = null;
let siteCodeError: string | null = null;
/** Messages that came while the site's code loads, handled in order once it has. */
let waiting: WorkerRequest[] | null = null;
let page: Omit<PageRequest, 'type' | 'seq'> | null = null;
/** The body of the last render request (the base of the next edit), and its seq. */
let lastBody = '';
let lastSeq = -1;
/** The raw HTML parser's load, while it lasts (null once it has loaded or failed). */
let rawLoading: Promise<void> | null = null;
/** Why the raw HTML parser could not load, when it could not (the next need tries again). */
let rawError: string | null = null;
/** Requests held once for the raw HTML parser (never twice: a failed load is then reported). */
const heldForRaw = new WeakSet<RenderRequest>();
/**
 * Once no request has come for this long after a render, the blocks it gave are kept as the
 * preview for the next start (core/render/preview-snapshot.ts), unless the site renders.
 */
const KEEP_AFTER_MS = 500;
let keepTimer: ReturnType<typeof setTimeout> | undefined;
/**
 * The body and site URL this worker kept last: without a site, they alone make the blocks, so a
 * render of them again is not stored again.
 */
let kept: { body: string; siteUrl: string } | null = null;

/** Keeps the last render's blocks (`sent`, of `lastBody`) once the worker has been still. */
function keepLater(contextFree: boolean): void {
  clearTimeout(keepTimer);
  if (site) return;
  const snapshot = {
    build: BUILD,
    siteUrl: rendererSiteUrl,
    body: lastBody,
    blocks: sent,
    contextFree,
  };
  keepTimer = setTimeout(() => {
    if (kept?.body === snapshot.body && kept.siteUrl === snapshot.siteUrl) return;
    kept = { body: snapshot.body, siteUrl: snapshot.siteUrl };
    void keepPreview(snapshot);
  }, KEEP_AFTER_MS);
}

/** Starts loading the raw HTML parser, unless it has loaded or is loading; returns the load. */
function loadRawParser(): Promise<void> {
  if (hasRawParser()) return Promise.resolve();
  rawLoading ??= import('../core/render/raw-html').then(
    () => {
      rawLoading = null;
      rawError = null;
    },
    (error: unknown) => {
      rawLoading = null;
      rawError = error instanceof Error ? error.message : String(error);
    },
  );
  return rawLoading;
}

/** Returns the renderer for `siteUrl`, creating a new one when the site URL changed. */
function rendererFor(siteUrl: string): Renderer {
  if (!renderer || rendererSiteUrl !== siteUrl) {
    renderer = createIncrementalRenderer({ siteUrl });
    rendererSiteUrl = siteUrl;
  }
  return renderer;
}

/** Returns the body's Markdown after the site's Liquid, and how to map it back. */
function liquidOf(body: string): { text: string; map: OffsetMap | null; error?: SiteNotice } {
  if (!site || !page || !hasLiquid(body)) {
    return { text: body, map: null };
  }
  try {
    const text = site.renderBody({ ...page, body });
    return { text, map: site.code.liquidOffsetMap(body, text) };
  } catch (error) {
    // Shown as written (the built-in Liquid placeholders), with the error in a notice.
    return {
      text: body,
      map: null,
      error: { ...site.code.noticeOf(error, page.path), kind: 'body-liquid-error' },
    };
  }
}

/** Returns the body of `request`, or null when it is an edit of a body this worker lacks. */
function bodyOf(request: RenderRequest): string | null {
  if (request.body !== undefined) return request.body;
  const { edit } = request;
  if (!edit || edit.base !== lastSeq) return null;
  return applyBodyEdit(lastBody, edit);
}

/**
 * Holds `request` (and the messages after it) until the raw HTML parser has loaded, and returns
 * true, when its body may hold raw HTML and the parser is not there: once for each request.
 */
function holdForRawParser(request: RenderRequest, body: string): boolean {
  if (hasRawParser() || heldForRaw.has(request) || !mayHoldRawHtml(body)) return false;
  heldForRaw.add(request);
  holdUntil(loadRawParser(), request);
  return true;
}

/** Renders `request` and posts the reply. */
function run(request: RenderRequest): void {
  let reply: WorkerReply;
  const body = bodyOf(request);
  if (body === null) {
    scope.postMessage({ type: 'resend', seq: request.seq });
    return;
  }
  if (holdForRawParser(request, body)) return;
  // Unless the next reply is whole (as after a failed render), the page's blocks are those of
  // the last body: the length of which the blocks after an edit move by.
  const shift = body.length - lastBody.length;
  // The base of the next edit, even when this render fails.
  lastBody = body;
  lastSeq = request.seq;
  try {
    const { text, map, error } = liquidOf(body);
    const result = rendererFor(request.siteUrl).update(text);
    const blocks: PreviewBlock[] = map
      ? result.blocks.map((b) => ({ ...b, from: map.toSource(b.from), to: map.toSource(b.to) }))
      : result.blocks;
    const full = sendAll || request.full === true;
    const diff = diffBlocks(full ? [] : sent, blocks, shift);
    sent = blocks;
    sendAll = false;
    const rendered: RenderedMessage = {
      type: 'rendered',
      seq: request.seq,
      ...diff,
      contextFree: result.contextFree,
    };
    if (full) rendered.full = true;
    if (error) rendered.liquidError = error;
    reply = rendered;
    keepLater(result.contextFree);
  } catch (error) {
    // A renderer that threw may hold half-updated state: start the next render from scratch.
    renderer = null;
    clearTimeout(keepTimer);
    sendAll = true;
    // Raw HTML after the parser failed to load (the request was held for it once): say why.
    const message =
      error instanceof RawHtmlUnavailable && rawError !== null
        ? `${error.message} (${rawError})`
        : error instanceof Error
          ? error.message
          : String(error);
    reply = { type: 'error', seq: request.seq, message };
  }
  scope.postMessage(reply);
}

/** Renders the site's page around the last content and posts it. */
function runPage(request: PageRequest): void {
  page = { path: request.path, data: request.data };
  const reply: PageReply = { type: 'page', seq: request.seq, html: null, card: null, notices: [] };
  if (!site) {
    // The site's code could not load (offline before it was ever fetched): say so.
    if (siteCodeError === null) return;
    const detail = siteCodeError;
    reply.notices = [{ kind: 'site-problem', file: page.path, line: null, detail }];
    scope.postMessage(reply);
    return;
  }
  try {
    const content = sent.map((b) => b.html).join('\n');
    const { html, card, notices } = site.renderPage({ ...page, body: lastBody }, content);
    // The layout's event handler attributes never reach the page (see inert-html.ts).
    reply.html = html === null ? null : site.code.withoutHandlers(html);
    reply.card = card === null ? null : site.code.withoutHandlers(card, true);
    reply.notices = notices;
  } catch (error) {
    reply.notices = [site.code.noticeOf(error, page.path)];
  }
  for (const tag of site.unknownTags()) {
    reply.notices.push({ kind: 'unknown-tag', file: page.path, line: null, detail: tag });
  }
  for (const problem of site.site.problems) {
    reply.notices.push({
      kind: 'site-problem',
      file: problem.file,
      line: null,
      detail: problem.message,
    });
  }
  scope.postMessage(reply);
}

/** Takes the site's files (null: none), whose code has loaded if there are any. */
function setSite(files: [string, string][] | null): void {
  const code = siteCode;
  site = files && code ? { ...code.createSiteRenderer(code.loadSite(new Map(files))), code } : null;
  // Files without code: its load failed (the error is kept for the page's notices).
  if (!files || code) siteCodeError = null;
  // Blocks rendered before came from another Liquid (or none): render the next body afresh.
  renderer = null;
  sendAll = true;
}

function handle(message: WorkerRequest): void {
  if (message?.type === 'render') run(message);
  else if (message?.type === 'page') runPage(message);
  else if (message?.type === 'site') setSite(message.files);
}

/**
 * Holds `first` and the messages that come after it until `loading` has settled, then handles
 * them in order (any of them may be held again).
 */
function holdUntil(loading: Promise<unknown>, first: WorkerRequest): void {
  waiting = [first];
  void loading.finally(() => {
    const queued = waiting ?? [];
    waiting = null;
    for (let i = 0; i < queued.length; i++) {
      // A message held again (by `receive`, just before) holds the rest behind it.
      const heldAgain = waiting as WorkerRequest[] | null;
      if (heldAgain) {
        heldAgain.push(...queued.slice(i));
        break;
      }
      receive(queued[i]);
    }
  });
}

/** Loads the site's code, then handles `first` and the messages that came meanwhile, in order. */
function loadSiteCode(first: WorkerRequest): void {
  const loading = import('./preview-site').then(
    (code) => {
      siteCode = code;
      siteCodeError = null;
    },
    (error: unknown) => {
      siteCodeError = error instanceof Error ? error.message : String(error);
    },
  );
  holdUntil(loading, first);
}

function receive(message: WorkerRequest): void {
  // Not still: what is kept waits for the next pause.
  clearTimeout(keepTimer);
  if (waiting) {
    waiting.push(message);
    return;
  }
  if (message?.type === 'site' && message.files && !siteCode) {
    loadSiteCode(message);
    return;
  }
  handle(message);
}

scope.addEventListener('message', (event) => receive(event.data));
// The raw HTML parser loads as the worker starts, beside its first render.
void loadRawParser();
