/**
 * The preview worker, started once the editor holds the post (`startPreviewWorker`; given its
 * body by `headStart`, and not started at all when the pane will show the last start's preview
 * of that body), so that it boots, and renders the post's body (`sendStartedBody`), while the
 * preview pane's code loads; the pane's
 * render client then takes it (`takeStartedWorker`) instead of starting its own. Later workers
 * (after a crash, or for another post) start when the client asks.
 */
import type { StartedWorker, WorkerLike } from './render-client';
import type { WorkerReply } from '../../core/render/worker-protocol';
import { lineEnd } from '../../core/text';
import { closingFence } from '../../core/front-matter-fence';
import { siteStore } from '../../state/site-store';

/** The seq of the render a worker started ahead is sent (the client's first). */
export const HEAD_START_SEQ = 1;

let spare: (StartedWorker & { failed: boolean }) | null = null;
/** A worker was started ahead or taken already: later ones start only when taken. */
let begun = false;

/** Returns a new preview worker (a module worker bundled by Vite). */
export function createPreviewWorker(): WorkerLike {
  return new Worker(new URL('../../workers/preview-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pluma-preview',
  }) as WorkerLike;
}

/**
 * Starts a preview worker for the client to take, once (never after one was taken), so that it
 * boots while the page goes on. Its replies wait for the client.
 */
export function startPreviewWorker(): void {
  if (begun) return;
  begun = true;
  const worker = createPreviewWorker();
  const replies: WorkerReply[] = [];
  const held = { worker, body: null, siteUrl: '', replies, failed: false };
  spare = held;
  worker.onmessage = (event) => replies.push(event.data);
  worker.onerror = (event) => {
    event.preventDefault?.();
    held.failed = true;
  };
}

/**
 * Sends the worker started ahead `body` to render with `siteUrl`, its first render, unless the
 * client has taken it already or it was given one.
 */
export function sendStartedBody(first: { body: string; siteUrl: string }): void {
  if (!spare || spare.body !== null) return;
  spare.body = first.body;
  spare.siteUrl = first.siteUrl;
  spare.worker.postMessage({
    type: 'render',
    seq: HEAD_START_SEQ,
    siteUrl: first.siteUrl,
    body: first.body,
  });
}

/**
 * Once the last start's preview has been read (preview-snapshot.ts), starts the worker ahead (if
 * it is not started yet) and sends it `body`, the post's: unless that preview is the render of
 * this very body with `siteUrl` (and no site's layouts), which the pane shows as it mounts. The
 * pane then starts the worker itself: a worker booting and rendering ahead would take a core of
 * two from the pane's code and mount while nothing waits for it (the preview of 5,000 words
 * came about 100 ms later on a cold start). Nothing starts once `live` says the page no longer
 * wants it (the workspace unmounted).
 */
export async function headStart(
  { body, siteUrl }: { body: string; siteUrl: string },
  live: () => boolean,
): Promise<void> {
  const withSite = siteStore.get() !== null;
  const shows = await import('./preview-snapshot')
    .then((m) => m.keptPreviewShows({ body, siteUrl, withSite }))
    .catch(() => false);
  if (!live() || shows) return;
  startPreviewWorker();
  sendStartedBody({ body, siteUrl });
}

/** Returns the worker started ahead, once (null when none was, or it failed). */
export function takeStartedWorker(): StartedWorker | null {
  begun = true;
  const taken = spare;
  spare = null;
  if (!taken) return null;
  if (taken.failed) {
    taken.worker.terminate();
    return null;
  }
  const { worker, body, siteUrl, replies } = taken;
  return { worker, body, siteUrl, replies };
}

/**
 * Returns the body the post parser will find in `text` (core/front-matter.ts
 * `splitFrontMatter`), when that is plain: no front matter, or one opened by a bare `---` line
 * and closed by a `---` or `...` line. Else null: the parser, which loads after the editor's
 * paint, decides. The worker started ahead renders it meanwhile; should the parser find
 * another body, the render client takes that render only as the base of its first request.
 */
export function likelyBody(text: string): string | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start)) return text.slice(start);
  const first = lineEnd(text, start);
  if (first.end !== start + 3 || first.next === first.end) return null;
  const closing = closingFence(text, first.next);
  return closing ? text.slice(closing.next) : null;
}
