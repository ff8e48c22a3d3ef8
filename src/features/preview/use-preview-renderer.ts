import { useEffect, useState } from 'react';
import type { ShownDocument, typeIntoBlock } from '../../core/render/typing';
import { translate } from '../../i18n/lang-store';
import type { PostStore } from '../../state/post-store';
import { createRenderClient, type RenderResult, type WorkerLike } from './render-client';
import type { PreviewBlock } from '../../core/render/worker-protocol';

/** Returns a new preview worker (a module worker bundled by Vite). */
function createPreviewWorker(): WorkerLike {
  return new Worker(new URL('../../workers/preview-worker.ts', import.meta.url), {
    type: 'module',
    name: 'pluma-preview',
  }) as WorkerLike;
}

/** Where rendered blocks go: the frame, patched at once. */
export type BlockSink = (blocks: PreviewBlock[], bodyFrom: number) => void;

/** What the page sends with each body: which edit it is, and where the body starts. */
interface Tag {
  version: number;
  bodyFrom: number;
}

/** The text the frame shows, and which edit it came from. */
interface Shown extends ShownDocument {
  version: number;
  bodyFrom: number;
  blocks: PreviewBlock[];
}

type TypeIntoBlock = typeof typeIntoBlock;

/** Rounds of warm-up the fast path gets while the page is idle, a few at a time. */
const WARM_UP_ROUNDS = 40;
const WARM_UP_BATCH = 4;

/** Calls `fn` when the page is idle (or soon, where idle callbacks do not exist). */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 50);
}

/**
 * The fast path (src/core/render/typing.ts) brings the Markdown pipeline into the page: it is
 * loaded after the app starts, and the preview waits for the worker alone until then. While
 * the page is idle it is run on samples, so that the first key presses do not compile it.
 */
let fastPath: Promise<TypeIntoBlock> | null = null;
function loadFastPath(): Promise<TypeIntoBlock> {
  fastPath ??= import('../../core/render/typing').then((m) => {
    let rounds = 0;
    const warm = () => {
      m.warmUpTyping(undefined, WARM_UP_BATCH);
      rounds += WARM_UP_BATCH;
      if (rounds < WARM_UP_ROUNDS) whenIdle(warm);
    };
    whenIdle(warm);
    return m.typeIntoBlock;
  });
  return fastPath;
}

/**
 * Renders the body of the post in `store` and hands every result to `sink`, outside React.
 * The worker (restarted when it crashes or hangs) renders every body; while a render runs,
 * newer bodies replace older ones in its queue. A key press inside a paragraph or heading is
 * also rendered here, in the task that handled it, by the exact fast path, so the preview shows
 * it before the next frame: the worker's reply lands only after that frame. A reply older than
 * what the frame already shows is not applied. Returns the sentence to show when the preview
 * failed (it recovers on the next edit).
 */
export function usePreviewRenderer(
  store: PostStore,
  siteUrl: string,
  sink: BlockSink,
): string | null {
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let shown: Shown | null = null;
    let version = 0;
    let typeInto: TypeIntoBlock | null = null;
    let disposed = false;
    void loadFastPath().then(
      (fn) => {
        if (!disposed) typeInto = fn;
      },
      // Without the fast path the preview still follows, one worker reply behind.
      () => {},
    );

    const show = (next: Shown) => {
      shown = next;
      sink(next.blocks, next.bodyFrom);
    };
    const client = createRenderClient<Tag>({
      createWorker: createPreviewWorker,
      onBlocks: ({ body, tag, blocks, contextFree }: RenderResult<Tag>) => {
        if (shown && tag.version < shown.version) return;
        show({ body, blocks, contextFree, ...tag });
      },
      onProblem: setProblem,
      say: translate,
    });

    let body: string | null = null;
    let bodyFrom = -1;
    const send = () => {
      const post = store.get();
      // Front-matter edits move the body without changing it: its offsets must follow.
      if (post.body === body && post.ranges.body.from === bodyFrom) return;
      const tag = { version: ++version, bodyFrom: post.ranges.body.from };
      if (typeInto && shown && shown.bodyFrom === tag.bodyFrom) {
        const blocks = typeInto(shown, post.body, { siteUrl });
        if (blocks) show({ body: post.body, blocks, contextFree: shown.contextFree, ...tag });
      }
      body = post.body;
      bodyFrom = tag.bodyFrom;
      client.render(body, siteUrl, tag);
    };
    send();
    const stop = store.subscribe(send);
    // Created here (not during render) so that StrictMode's double effects terminate the first
    // worker instead of leaking it.
    return () => {
      disposed = true;
      stop();
      client.dispose();
    };
  }, [store, siteUrl, sink]);

  return problem;
}
