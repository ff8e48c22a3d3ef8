import { useCallback, useMemo, useState } from 'react';
import type { Post } from '../../core/post';
import type { PostStore } from '../../state/post-store';
import { FrameController } from './frame-controller';
import type { ImageResolver } from './frame-images';
import { buildPostLayoutModel } from './layout-model';
import { PreviewFrame } from './preview-frame';
import { previewChoices, type PreviewSettings, type PreviewWidth } from './preview-settings';
import { PreviewToolbar } from './preview-toolbar';
import type { PreviewScrollSync } from './scroll-sync';
import type { StylesheetSource } from './stylesheet';
import { usePreviewRenderer } from './use-preview-renderer';
import type { PreviewBlock } from '../../core/render/worker-protocol';
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
  const problem = usePreviewRenderer(store, siteUrl, showBlocks);
  const model = useMemo(
    () => buildPostLayoutModel(post.data, { lang, siteUrl }),
    [post.data, lang, siteUrl],
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
          resolveImage={resolveImage}
        />
      </div>
    </div>
  );
}
