import { useEffect, useMemo, useState } from 'react';
import type { Post } from '../../core/post';
import { buildPostLayoutModel } from './layout-model';
import { PreviewFrame } from './preview-frame';
import {
  loadPreviewSettings,
  savePreviewSettings,
  type PreviewSettings,
  type PreviewWidth,
} from './preview-settings';
import { PreviewToolbar } from './preview-toolbar';
import type { PreviewScrollSync } from './scroll-sync';
import { usePreviewRenderer } from './use-preview-renderer';
import './preview-pane.css';

export interface PreviewPaneProps {
  /** The post's full text (front matter included). */
  text: string;
  post: Post;
  /** Base for the post's relative URLs (the blog's address), or ''. */
  siteUrl: string;
  /** Language of the post's dates ("3 de Junio, 2016" or "June 3, 2016"). */
  lang: 'es' | 'en';
  /** Scroll sync with the editor, from createPreviewScrollSync(). */
  scrollSync?: PreviewScrollSync;
}

const WIDTH_PX: Record<PreviewWidth, number | null> = { phone: 375, tablet: 768, desktop: null };

/** Returns the preview pane: its toolbar and the sandboxed, live-patched preview frame. */
export function PreviewPane({ post, siteUrl, lang, scrollSync }: PreviewPaneProps) {
  const [settings, setSettings] = useState<PreviewSettings>(() => loadPreviewSettings());
  const { blocks, problem } = usePreviewRenderer(post.body, siteUrl);
  const model = useMemo(
    () => buildPostLayoutModel(post.data, { lang, siteUrl }),
    [post.data, lang, siteUrl],
  );

  useEffect(() => {
    savePreviewSettings(settings);
  }, [settings]);

  return (
    <div className="preview-pane">
      <PreviewToolbar settings={settings} onChange={setSettings} />
      {problem && (
        <p className="preview-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="preview-stage">
        <PreviewFrame
          blocks={blocks}
          bodyFrom={post.ranges.body.from}
          model={model}
          view={settings.view}
          stylesheet={settings.stylesheet}
          width={WIDTH_PX[settings.width]}
          scrollSync={scrollSync}
        />
      </div>
    </div>
  );
}
