import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { postFilename, parseFilename } from '../../core/filename';
import type { Post } from '../../core/post';
import type { SiteNotice } from '../../core/site/render-page';
import { readSiteConfig } from '../../core/site/site';
import { useT } from '../../i18n/i18n';
import { useSite } from '../../state/site-store';
import type { PostStore } from '../../state/post-store';
import { FrameController } from './frame-controller';
import type { ImageResolver } from './frame-images';
import { buildPostLayoutModel } from './layout-model';
import { PreviewFrame } from './preview-frame';
import { previewChoices, type PreviewSettings, type PreviewWidth } from './preview-settings';
import { PreviewToolbar } from './preview-toolbar';
import type { PreviewScrollSync } from './scroll-sync';
import type { StylesheetSource } from './stylesheet';
import { usePreviewRenderer, type SiteRendering } from './use-preview-renderer';
import type { PageReply, PreviewBlock } from '../../core/render/worker-protocol';
import { createSiteAssets } from './site-assets';
import { SiteBar } from './site-bar';
import { ownAssetUrl } from './frame-site';
import './preview-pane.css';

export interface PreviewPaneProps {
  /** The open post; its body is rendered as it changes, without waiting for React. */
  store: PostStore;
  /** The post as React last rendered it (its front matter drives the layout). */
  post: Post;
  /** Base for the post's relative URLs (the blog's address), or ''. */
  siteUrl: string;
  /** Language of the post's dates ("3 de Junio, 2016" or "June 3, 2016"). */
  lang: 'es' | 'en';
  /** Scroll sync with the editor, from createPreviewScrollSync(). */
  scrollSync?: PreviewScrollSync;
  /** Maps image sources to stored images' URLs (a draft's dropped images), if any. */
  resolveImage?: ImageResolver | null;
  /** The blog's stylesheet (a workspace setting), applied inside the preview only. */
  stylesheet: StylesheetSource;
  onStylesheet: (stylesheet: StylesheetSource) => void;
  /** The name of the file the post came from (`_posts/2019-04-05-x.md`), for its place in the site. */
  sourceName?: string;
}

/**
 * Returns the post's path in the site: the file it came from when that is a dated post name,
 * else the one Pluma would export it as (`_posts/…` or `_drafts/…`).
 */
export function sitePathOf(post: Post, sourceName: string | undefined): string {
  const name = sourceName?.split('/').pop() ?? '';
  if (sourceName && parseFilename(name)) {
    const at = sourceName.lastIndexOf('_posts/');
    return at >= 0 ? sourceName.slice(at) : `_posts/${name}`;
  }
  const { folder, name: exported } = postFilename(post.data);
  return `${folder}/${exported}`;
}

const WIDTH_PX: Record<PreviewWidth, number | null> = { phone: 375, tablet: 768, desktop: null };
/** The view and width are this device's choices, remembered in localStorage. */
const storedChoices = previewChoices();

/** Returns the preview pane: its toolbar and the sandboxed, live-patched preview frame. */
export function PreviewPane(props: PreviewPaneProps) {
  const { store, post, siteUrl, lang, scrollSync, resolveImage, stylesheet, onStylesheet } = props;
  const [choices, setChoices] = useState(storedChoices.read);
  const [controller] = useState(() => new FrameController());
  const showBlocks = useCallback(
    (blocks: PreviewBlock[], bodyFrom: number) => controller.setBlocks(blocks, bodyFrom),
    [controller],
  );
  const t = useT();
  const site = useSite();
  const [siteOn, setSiteOn] = useState(true);
  // What the worker said, kept with the rendering it said it for (older ones are ignored).
  const [said, setSaid] = useState<{
    rendering: SiteRendering;
    page?: PageReply;
    bodyLiquid?: SiteNotice | null;
  } | null>(null);
  const { sourceName } = props;
  const pathOf = useCallback((p: Post) => sitePathOf(p, sourceName), [sourceName]);
  const rendering = useMemo<SiteRendering | null>(() => {
    if (!site || !siteOn) return null;
    const r: SiteRendering = {
      files: [...site.text],
      pathOf,
      onPage: (page) => setSaid((s) => ({ ...(s?.rendering === r ? s : {}), rendering: r, page })),
      onBodyLiquid: (bodyLiquid) =>
        setSaid((s) =>
          s?.rendering === r && s.bodyLiquid === bodyLiquid
            ? s
            : { ...(s?.rendering === r ? s : {}), rendering: r, bodyLiquid },
        ),
    };
    return r;
  }, [site, siteOn, pathOf]);
  const [styleErrors, setStyleErrors] = useState<SiteNotice[]>([]);
  const onStyleError = useCallback(
    (file: string, detail: string) =>
      setStyleErrors((list) =>
        list.some((n) => n.file === file && n.detail === detail)
          ? list
          : [...list, { kind: 'site-problem', file, line: null, detail }],
      ),
    [],
  );
  const page = said?.rendering === rendering ? said.page : undefined;
  const bodyLiquid = said?.rendering === rendering ? said.bodyLiquid : undefined;
  const assets = useMemo(() => {
    if (!site) return null;
    const { config } = readSiteConfig(site.text);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const base = str(config.baseurl).replace(/\/+$/, '');
    const origin = str(config.url) || siteUrl || 'https://example.invalid';
    const sass = config.sass as { sass_dir?: unknown } | undefined;
    return createSiteAssets(site, {
      siteUrl: new URL(`${base}/`, origin).href,
      baseurl: base,
      sassDir: str(sass?.sass_dir) || '_sass',
    });
  }, [site, siteUrl]);
  useEffect(() => () => assets?.dispose(), [assets]);
  useLayoutEffect(() => {
    controller.setSite(
      rendering && page && assets
        ? {
            html: page.html,
            card: page.card,
            urls: assets,
            frameNote: (url) => t('site.embed', { url }),
            onStyleError,
          }
        : null,
    );
  }, [controller, rendering, page, assets, t, onStyleError]);
  // With the site's layouts, the body's URLs are the site's, and its own images come from it.
  const bodySiteUrl = rendering && assets ? assets.siteUrl : siteUrl;
  const images = useMemo<ImageResolver | null>(() => {
    if (!rendering || !assets) return resolveImage ?? null;
    return (src) => resolveImage?.(src) ?? ownAssetUrl(src, assets);
  }, [rendering, assets, resolveImage]);
  const problem = usePreviewRenderer(store, bodySiteUrl, showBlocks, rendering);
  const model = useMemo(
    () => buildPostLayoutModel(post.data, { lang, siteUrl }),
    [post.data, lang, siteUrl],
  );
  // The header follows the front matter in the task of the key that changed it, as the body
  // does: React renders the rest of the page after (use-document.ts), and then gives the same
  // model, which the controller does not rebuild.
  const modelOptions = useRef({ lang, siteUrl });
  useLayoutEffect(() => {
    modelOptions.current = { lang, siteUrl };
  }, [lang, siteUrl]);
  useLayoutEffect(
    () =>
      store.subscribeHead(() =>
        controller.setModel(buildPostLayoutModel(store.head().data, modelOptions.current)),
      ),
    [store, controller],
  );

  const settings: PreviewSettings = { ...choices, stylesheet };
  const change = ({ stylesheet: next, ...chosen }: PreviewSettings) => {
    if (next !== stylesheet) onStylesheet(next);
    if (chosen.view !== choices.view || chosen.width !== choices.width) {
      setChoices(chosen);
      storedChoices.write(chosen);
    }
  };

  return (
    <div className="preview-pane">
      <PreviewToolbar settings={settings} onChange={change} />
      {site && (
        <SiteBar
          site={site}
          on={siteOn}
          onToggle={setSiteOn}
          notices={[...(page?.notices ?? []), ...(bodyLiquid ? [bodyLiquid] : []), ...styleErrors]}
        />
      )}
      {problem && (
        <p className="preview-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="preview-stage">
        <PreviewFrame
          controller={controller}
          model={model}
          view={settings.view}
          stylesheet={settings.stylesheet}
          width={WIDTH_PX[settings.width]}
          scrollSync={scrollSync}
          resolveImage={images}
        />
      </div>
    </div>
  );
}
