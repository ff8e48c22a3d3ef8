import { useEffect, useLayoutEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import type { FrameController } from './frame-controller';
import type { ImageResolver } from './frame-images';
import { frameSkeleton } from './frame-document';
import type { PostLayoutModel } from './layout-model';
import type { PreviewView } from './preview-settings';
import type { PreviewScrollSync } from './scroll-sync';
import type { StylesheetSource } from './stylesheet';

interface PreviewFrameProps {
  /** Drives the frame's document; the body's blocks reach it directly from the renderer. */
  controller: FrameController;
  model: PostLayoutModel;
  view: PreviewView;
  stylesheet: StylesheetSource;
  /** Frame width in CSS pixels, or null for the full width of the pane. */
  width: number | null;
  scrollSync?: PreviewScrollSync;
  /** Maps image sources to stored images' URLs (a draft's dropped images), if any. */
  resolveImage?: ImageResolver | null;
}

const SKELETON = frameSkeleton();

/** Whether `doc` is the skeleton's document (written or loaded), which the controller drives. */
const isSkeleton = (doc: Document | null): boolean => doc?.body?.dataset.plumaPreview === '1';

/**
 * Returns the sandboxed preview iframe. Its document is a constant skeleton; the parent patches
 * post content into it block by block. No `allow-scripts`: nothing in a post can run, and
 * `allow-same-origin` only lets this page reach into the frame's DOM.
 *
 * The skeleton is written into the frame's first (empty) document as the frame is mounted, so
 * the controller drives it in that same task: loaded from `srcdoc`, it took a navigation, which
 * on a busy page lands 40–150 ms later. `srcdoc` remains the way back should the frame ever be
 * navigated away from it.
 */
export function PreviewFrame(props: PreviewFrameProps) {
  const { controller, model, view, stylesheet, width, scrollSync, resolveImage = null } = props;
  const t = useT();
  const iframeRef = useRef<HTMLIFrameElement>(null);

  // A layout effect: the skeleton is there, and the frame shows what the controller holds,
  // before the mount is painted.
  useLayoutEffect(() => {
    const iframe = iframeRef.current;
    if (!iframe) return;
    const attach = () => {
      const doc = iframe.contentDocument;
      if (doc && isSkeleton(doc)) {
        if (!controller.drives(doc)) controller.attach(doc);
      } else {
        // The frame navigated away from the skeleton (it should not): bring the skeleton back.
        controller.detach();
        iframe.srcdoc = SKELETON;
      }
    };
    const first = iframe.contentDocument;
    if (first && !isSkeleton(first)) {
      first.open();
      first.write(SKELETON);
      first.close();
    }
    attach();
    iframe.addEventListener('load', attach);
    return () => {
      iframe.removeEventListener('load', attach);
      controller.detach();
    };
  }, [controller]);

  // A layout effect: the frame's header changes in the same task as the render, before painting.
  useLayoutEffect(() => controller.setModel(model), [controller, model]);
  useLayoutEffect(() => controller.setImageResolver(resolveImage), [controller, resolveImage]);
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
      style={{ width: width === null ? '100%' : `${width}px` }}
    />
  );
}
