/**
 * The typing fast path (src/core/render/typing.ts) in the page: its code, and its warm-up. The
 * preview's renderer uses it for each key typed once the post shows (`use-preview-renderer.ts`).
 */
import type { typeIntoBlock } from '../../core/render/typing';
import { afterPreview, loadAfterFirst, whenIdle } from '../../state/after-editor';

/** The fast path's entry point, as `loadFastPath` gives it. */
export type TypeIntoBlock = typeof typeIntoBlock;

/** Rounds of warm-up the fast path gets while the page is idle (a round: each of its samples once). */
const WARM_UP_ROUNDS = 40;
/** A round starts only with this much of the idle period left (ms). */
const WARM_UP_ROOM_MS = 8;
/**
 * Idle work here has no timeout (work that can wait never runs ahead of a key press); where idle
 * callbacks do not exist, it runs 50 ms later.
 */
const IDLE = { fallbackMs: 50 };

let fastPath: Promise<TypeIntoBlock> | null = null;

/**
 * Loads the fast path, once, and warms it; resolves with it. The page asks for it as soon as the
 * editor holds the post, when the preview's worker starts; its code is fetched once the editor
 * has been painted, right after what the page shows next (`loadAfterFirst`: after the preview
 * pane, the post's parser, the form). Asked for before them, its 57 kB (gzip) took the browser's
 * few connections to the server first and the pane's code queued behind it: with the last
 * start's preview to show, that preview showed 40–100 ms later (medians of 14 cold loads a side,
 * alternated, three rounds; the bench's cold part, 20 loads a side: 77 ms), and the first key
 * typed then was no faster. Once loaded, while the worker renders the post (a few hundred ms on
 * a cold start), the fast path runs once on each of its samples, one sample per task (the first,
 * cold, takes 20–60 ms; waiting for idle periods instead, it had not run by then). So the first
 * key typed once the post shows does not compile it: that took 16–57 ms of the key's own task at
 * 5,000 words, and takes 0–9 ms warmed. Once the person's input pauses (`afterPreview`), it runs
 * on them again while the page is idle, a round at a time while the idle period lasts, so that
 * later keys find it optimized and none waits behind a long batch.
 */
export function loadFastPath(): Promise<TypeIntoBlock> {
  fastPath ??= loadAfterFirst(() => import('../../core/render/typing')).then((m) => {
    let sample = 0;
    const first = () => {
      m.warmUpTyping(sample++);
      if (sample < m.WARM_UP.length) setTimeout(first, 0);
      else void afterPreview().then(() => whenIdle(warm, IDLE));
    };
    let rounds = 0;
    const warm = (deadline?: IdleDeadline) => {
      do {
        m.warmUpTyping();
        rounds += 1;
      } while (rounds < WARM_UP_ROUNDS && (deadline?.timeRemaining() ?? 0) > WARM_UP_ROOM_MS);
      if (rounds < WARM_UP_ROUNDS) whenIdle(warm, IDLE);
    };
    setTimeout(first, 0);
    // Raw HTML's parser (parse5: core/render/pipeline.ts) comes once the preview shows and the
    // page is idle; until then the fast path leaves blocks with raw HTML to the worker.
    void afterPreview().then(() =>
      whenIdle(() => void import('../../core/render/raw-html').catch(() => undefined), IDLE),
    );
    return m.typeIntoBlock;
  });
  return fastPath;
}
