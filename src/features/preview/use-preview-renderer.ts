import { useLayoutEffect, useState } from 'react';
import type { ShownDocument } from '../../core/render/typing';
import { translate } from '../../i18n/lang-store';
import type { PostStore } from '../../state/post-store';
import { createRenderClient, type RenderResult } from './render-client';
import { createPreviewWorker, takeStartedWorker } from './preview-worker-start';
import type { PageReply, PreviewBlock } from '../../core/render/worker-protocol';
import type { SiteNotice } from '../../core/site/render-page';
import type { Post } from '../../core/post';
import { hasLiquid } from '../../core/render/liquid';
import { loadFastPath, type TypeIntoBlock } from './fast-path';
import { readPreviewSnapshot } from './preview-snapshot';
import { snapshotShows } from '../../core/render/preview-snapshot';
import { bodyOf } from '../../core/post-text';
import { sameText, type TextSource } from '../../core/edited-text';

/** Where rendered blocks go: the frame, patched at once. */
export type BlockSink = (blocks: PreviewBlock[], bodyFrom: number) => void;

/** With a site: its files, where the post lives in it, and where its pages and notices go. */
export interface SiteRendering {
  /** The site's text files, as path → text pairs. */
  files: [string, string][];
  /** The post's path in the site, from its front matter (a draft has none of its own). */
  pathOf: (post: Post) => string;
  /** Given each page the layouts rendered. */
  onPage: (page: PageReply) => void;
  /** Given the error of the body's Liquid, or null when it rendered. */
  onBodyLiquid: (error: SiteNotice | null) => void;
}

/** After typing pauses this long, the layout is rendered again (for `page.content`). */
const PAGE_AFTER_TYPING_MS = 400;

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

/**
 * Renders the body of the post in `store` and hands every result to `sink`, outside React.
 * The worker (restarted when it crashes or hangs) renders every body; while a render runs,
 * newer bodies replace older ones in its queue. A key press inside a paragraph or heading is
 * also rendered here, in the task that handled it, by the exact fast path, so the preview shows
 * it before the next frame: the worker's reply lands only after that frame. A reply older than
 * what the frame already shows is not applied. On a start, the preview the last start kept of
 * this very body (preview-snapshot.ts) shows until the worker's first render. Returns the
 * sentence to show when the preview failed (it recovers on the next edit).
 */
export function usePreviewRenderer(
  store: PostStore,
  siteUrl: string,
  sink: BlockSink,
  site: SiteRendering | null = null,
): string | null {
  const [problem, setProblem] = useState<string | null>(null);

  // A layout effect: blocks there are already (the last start's, a render that came before
  // the pane) show in the frame the pane mounts in, not a frame after.
  useLayoutEffect(() => {
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
      takeStarted: takeStartedWorker,
      onBlocks: ({ body, tag, blocks, contextFree, liquidError }: RenderResult<Tag>) => {
        site?.onBodyLiquid(liquidError ?? null);
        if (shown && tag.version < shown.version) return;
        show({ body, blocks, contextFree, ...tag });
      },
      onPage: site?.onPage,
      onProblem: setProblem,
      say: translate,
    });

    // The body last sent, read in pieces (post-text.ts): a key copies none of the post.
    let body: TextSource | null = null;
    let bodyFrom = -1;
    // With a site, the page around the content follows the front matter at once and the
    // content (`page.content`) once typing pauses.
    let pageKey: unknown = null;
    let pageTimer: ReturnType<typeof setTimeout> | undefined;
    if (site) client.setSite(site.files);
    const sendPage = () => {
      if (!site) return;
      clearTimeout(pageTimer);
      const post = store.get();
      client.renderPage(site.pathOf(post), post.data);
    };
    const send = () => {
      const post = store.get();
      if (site && post.data !== pageKey) {
        pageKey = post.data;
        sendPage();
      }
      const postBody = bodyOf(post);
      // Front-matter edits move the body without changing it: its offsets must follow.
      if (post.ranges.body.from === bodyFrom && body !== null && sameText(postBody, body)) return;
      const tag = { version: ++version, bodyFrom: post.ranges.body.from };
      body = postBody;
      bodyFrom = tag.bodyFrom;
      if (site) {
        clearTimeout(pageTimer);
        pageTimer = setTimeout(sendPage, PAGE_AFTER_TYPING_MS);
      }
      // With a site, a body with Liquid is rendered by the worker alone (Liquid runs first).
      const liquidFirst = site !== null && hasLiquid(post.body);
      // A front-matter edit that only moved the body: the blocks shown are that body's, and its
      // render does not read the front matter (only Liquid does), so they follow its new
      // offsets without a render. A render still in flight is older, and is not shown.
      if (shown && !liquidFirst && sameText(shown.body, body)) {
        show({ ...shown, ...tag });
        return;
      }
      if (typeInto && shown && shown.bodyFrom === tag.bodyFrom && !liquidFirst) {
        const blocks = typeInto(shown, body, { siteUrl });
        if (blocks) show({ body, blocks, contextFree: shown.contextFree, ...tag });
      }
      client.render(body, siteUrl, tag);
    };
    send();
    // The last start's preview of this very body shows until the worker's render comes.
    if (!site) {
      void readPreviewSnapshot({ take: true }).then((snapshot) => {
        if (disposed || shown || body === null) return;
        const doc = snapshotShows(snapshot, { body: body.toString(), siteUrl, withSite: false });
        if (doc) show({ ...doc, blocks: [...doc.blocks], version, bodyFrom });
      });
    }
    const stop = store.subscribe(send);
    // Created here (not during render) so that StrictMode's double effects terminate the first
    // worker instead of leaking it.
    return () => {
      disposed = true;
      clearTimeout(pageTimer);
      stop();
      client.dispose();
    };
  }, [store, siteUrl, sink, site]);

  return problem;
}
