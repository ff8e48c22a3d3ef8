/**
 * The preview worker, started as soon as the editor shows the post (`startPreviewWorker`), so
 * that it boots while the preview pane's code loads; the pane's renderer then takes it
 * (`previewWorker`) instead of starting its own. Later workers (after a crash) start here too.
 */
import type { WorkerLike } from './render-client';

let spare: WorkerLike | null = null;
/** A worker was started ahead or taken already: later ones start only when taken. */
let begun = false;

/** Returns a new preview worker (a module worker bundled by Vite). */
function newPreviewWorker(): WorkerLike {
  return new Worker(new URL('../../workers/preview-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pluma-preview',
  }) as WorkerLike;
}

/** Starts a preview worker for the renderer to take, once (never after one was taken). */
export function startPreviewWorker(): void {
  if (begun) return;
  begun = true;
  spare = newPreviewWorker();
}

/** Returns the worker started ahead (once), or a new one. */
export function previewWorker(): WorkerLike {
  begun = true;
  const worker = spare ?? newPreviewWorker();
  spare = null;
  return worker;
}
