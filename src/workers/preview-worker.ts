/**
 * The preview worker: owns an incremental Markdown renderer so that typing never waits for
 * remark. Renders are coalesced: when several requests queue up during a long render, only the
 * latest runs.
 */
import { createIncrementalRenderer } from '../core/render/incremental';
import {
  sentAfter,
  toWireBlocks,
  type RenderRequest,
  type WorkerReply,
} from '../features/preview/worker-protocol';

type Renderer = ReturnType<typeof createIncrementalRenderer>;

/** The worker's global scope, typed by what this file uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RenderRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let renderer: Renderer | null = null;
let rendererSiteUrl = '';
let sent = new Map<string, string>();
let pending: RenderRequest | null = null;
let scheduled = false;

/** Returns the renderer for `siteUrl`, creating a new one when the site URL changed. */
function rendererFor(siteUrl: string): Renderer {
  if (!renderer || rendererSiteUrl !== siteUrl) {
    renderer = createIncrementalRenderer({ siteUrl });
    rendererSiteUrl = siteUrl;
    sent = new Map();
  }
  return renderer;
}

/** Renders the latest pending request and posts the reply. */
function runPending(): void {
  scheduled = false;
  const request = pending;
  pending = null;
  if (!request) return;
  let reply: WorkerReply;
  try {
    const { blocks } = rendererFor(request.siteUrl).update(request.body);
    const wire = toWireBlocks(blocks, request.full ? new Map() : sent);
    sent = sentAfter(blocks);
    reply = { type: 'rendered', seq: request.seq, blocks: wire };
  } catch (error) {
    // A renderer that threw may hold half-updated state: start the next render from scratch.
    renderer = null;
    sent = new Map();
    const message = error instanceof Error ? error.message : String(error);
    reply = { type: 'error', seq: request.seq, message };
  }
  scope.postMessage(reply);
}

scope.addEventListener('message', (event) => {
  if (event.data?.type !== 'render') return;
  pending = event.data;
  if (!scheduled) {
    scheduled = true;
    // Yield once so that requests already queued behind this one replace it before it runs.
    setTimeout(runPending, 0);
  }
});
