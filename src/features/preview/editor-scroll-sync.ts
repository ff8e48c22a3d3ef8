/**
 * A CodeMirror extension that connects the editor to the preview's scroll sync: scrolling the
 * editor scrolls the preview to the block at the editor's top line, and scrolling the preview
 * scrolls the editor to the top block's first line. Echo suppression lives in the sync handle.
 */
import { EditorView, ViewPlugin, type PluginValue } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import type { PreviewScrollSync } from './scroll-sync';
import { editorPosOf, textOffsetOf } from './scroll-positions';

/** Returns the editor position of the line at the top of the editor's visible area. */
function topOffset(view: EditorView): number {
  const top = view.scrollDOM.getBoundingClientRect().top;
  return view.lineBlockAtHeight(top - view.documentTop).from;
}

/** Returns the extension that keeps `view` and the preview behind `sync` scrolled together. */
export function editorScrollSync(sync: PreviewScrollSync): Extension {
  return ViewPlugin.define((view): PluginValue => {
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        sync.scrollPreviewToOffset(textOffsetOf(view.state, topOffset(view)));
      });
    };
    view.scrollDOM.addEventListener('scroll', onScroll, { passive: true });
    const unsubscribe = sync.onPreviewScroll((offset) => {
      const pos = editorPosOf(view.state, offset);
      view.dispatch({ effects: EditorView.scrollIntoView(pos, { y: 'start', yMargin: 0 }) });
    });
    return {
      destroy() {
        view.scrollDOM.removeEventListener('scroll', onScroll);
        unsubscribe();
        if (frame) cancelAnimationFrame(frame);
      },
    };
  });
}
