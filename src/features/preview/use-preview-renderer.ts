import { useEffect, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { translate } from '../../i18n/lang-store';
import { createRenderClient, type RenderClient, type WorkerLike } from './render-client';
import type { PreviewBlock } from './worker-protocol';

/** Returns a new preview worker (a module worker bundled by Vite). */
function createPreviewWorker(): WorkerLike {
  return new Worker(new URL('../../workers/preview-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pluma-preview',
  }) as WorkerLike;
}

export interface PreviewRender {
  /** Every block of the body, in order, with sanitized HTML. */
  blocks: PreviewBlock[];
  /** A sentence for the person when the preview failed (it recovers on the next edit). */
  problem: string | null;
}

/**
 * Returns the rendered blocks of `body`, rendered in a worker that is restarted when it crashes
 * or hangs. While a render runs, newer bodies replace older ones in the queue.
 */
export function usePreviewRenderer(body: string, siteUrl: string): PreviewRender {
  const [client, setClient] = useState<RenderClient | null>(null);
  const [blocks, setBlocks] = useState<PreviewBlock[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const c = createRenderClient({
      createWorker: createPreviewWorker,
      // Rendered at once, not at React's leisure: the preview should follow the key press
      // within a frame (the frame patches its DOM in a layout effect).
      onBlocks: (next) => flushSync(() => setBlocks(next)),
      onProblem: setProblem,
      say: translate,
    });
    // The client is created here (not during render) so that StrictMode's double effects
    // terminate the first worker instead of leaking it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(c);
    return () => c.dispose();
  }, []);

  // A layout effect sends the text to the worker before the browser paints this keystroke.
  useLayoutEffect(() => {
    client?.render(body, siteUrl);
  }, [client, body, siteUrl]);

  return { blocks, problem };
}
