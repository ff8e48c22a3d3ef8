/**
 * The preview worker: owns an incremental Markdown renderer so that typing never waits for
 * remark. A request is rendered as soon as it arrives: the page keeps at most one request in
 * flight (see render-client.ts), so there is never a queue to coalesce here, and waiting for one
 * would only add latency to every key press.
 */
import { createIncrementalRenderer } from '../core/render/incremental';
import {
  sentAfter,
  toWireBlocks,
  type RenderRequest,
  type WorkerReply,
} from '../core/render/worker-protocol';

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

/** Returns the renderer for `siteUrl`, creating a new one when the site URL changed. */
function rendererFor(siteUrl: string): Renderer {
  if (!renderer || rendererSiteUrl !== siteUrl) {
    renderer = createIncrementalRenderer({ siteUrl });
    rendererSiteUrl = siteUrl;
    sent = new Map();
  }
  return renderer;
}

/** Renders `request` and posts the reply. */
function run(request: RenderRequest): void {
  let reply: WorkerReply;
  try {
    const { blocks, contextFree } = rendererFor(request.siteUrl).update(request.body);
    const wire = toWireBlocks(blocks, request.full ? new Map() : sent);
    sent = sentAfter(blocks);
    reply = { type: 'rendered', seq: request.seq, blocks: wire, contextFree };
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
  if (event.data?.type === 'render') run(event.data);
});
