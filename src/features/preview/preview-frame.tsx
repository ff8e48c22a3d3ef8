import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { FrameController } from './frame-controller';
import { frameSkeleton } from './frame-document';
import type { PostLayoutModel } from './layout-model';
import type { PreviewView } from './preview-settings';
import type { PreviewScrollSync } from './scroll-sync';
import type { StylesheetSource } from './stylesheet';
import type { PreviewBlock } from './worker-protocol';

interface PreviewFrameProps {
  blocks: readonly PreviewBlock[];
  /** Offset of the body in the full text, so blocks carry offsets in the full text. */
  bodyFrom: number;
  model: PostLayoutModel;
  view: PreviewView;
  stylesheet: StylesheetSource;
  /** Frame width in CSS pixels, or null for the full width of the pane. */
  width: number | null;
  scrollSync?: PreviewScrollSync;
}

const SKELETON = frameSkeleton();

/**
 * Returns the sandboxed preview iframe. Its document is a constant skeleton; the parent patches
 * post content into it block by block. No `allow-scripts`: nothing in a post can run, and
 * `allow-same-origin` only lets this page reach into the frame's DOM.
 */
export function PreviewFrame(props: PreviewFrameProps) {
  const { blocks, bodyFrom, model, view, stylesheet, width, scrollSync } = props;
  const t = useT();
  const iframeRef = useRef<HTMLIFrameElement>(null);
  const [controller] = useState(() => new FrameController());

  useEffect(() => {
    const iframe = iframeRef.current;
    if (!iframe) return;
    const attach = () => {
      const doc = iframe.contentDocument;
      if (doc?.body?.dataset.plumaPreview === '1') {
        controller.attach(doc);
      } else if (doc?.location.href !== 'about:blank') {
        // The frame navigated away from the skeleton (it should not): bring the skeleton back.
        controller.detach();
        iframe.srcdoc = SKELETON;
      }
    };
    const doc = iframe.contentDocument;
    if (doc?.readyState === 'complete' && doc.body?.dataset.plumaPreview === '1') attach();
    iframe.addEventListener('load', attach);
    return () => {
      iframe.removeEventListener('load', attach);
      controller.detach();
    };
  }, [controller]);

  // Layout effects: the frame's DOM changes in the same task as the render, before painting.
  useLayoutEffect(() => controller.setBlocks(blocks, bodyFrom), [controller, blocks, bodyFrom]);
  useLayoutEffect(() => controller.setModel(model), [controller, model]);
  useEffect(() => controller.setView(view), [controller, view]);
  useEffect(() => controller.setStylesheet(stylesheet), [controller, stylesheet]);

  useEffect(() => {
    if (!scrollSync) return;
    const stopReporting = controller.setScrollListener((offset) =>
      scrollSync.reportPreviewScroll(offset),
    );
    const disconnect = scrollSync.connect(controller);
    return () => {
      disconnect();
      stopReporting();
    };
  }, [controller, scrollSync]);

  return (
    <iframe
      ref={iframeRef}
      className="preview-frame"
      title={t('preview.frame')}
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      srcDoc={SKELETON}
      style={{ width: width === null ? '100%' : `${width}px` }}
    />
  );
}
