/**
 * Parsing the whole post ahead. CodeMirror parses the document in the background only up to
 * 100,000 characters past the part in view, so in a long post (a 50,000-word one is 340,000)
 * a jump further on (Ctrl+End, a search, a click in the outline or on the scroll bar) lands on
 * text that has not been parsed: it shows without its highlighting until the background parse,
 * which starts 100 ms later, gets there, and a key typed meanwhile parses towards it first, for
 * 20 ms, inside that key (CodeMirror's `LanguageState.apply`). This parses the rest of the post
 * in slices while the page is idle, and again after each change that leaves it unparsed (a new
 * language when the editor's grammars arrive, a paste), so that the whole post is parsed before
 * a person gets there.
 */
import { forceParsing, syntaxTreeAvailable } from '@codemirror/language';
import { ViewPlugin, type EditorView } from '@codemirror/view';

/** Longest slice of parsing in one idle period (ms). */
const SLICE_MS = 20;
/** A slice starts only with this much of the idle period left (ms). */
const ROOM_MS = 4;
/** Posts longer than this (characters) are left to CodeMirror's own parse ahead. */
const PARSE_AHEAD_LIMIT = 2_000_000;

/** Returns the extension that parses the whole document ahead, in idle periods. */
export function parseAhead() {
  return ViewPlugin.fromClass(
    class {
      idle = -1;
      constructor(readonly view: EditorView) {
        this.schedule();
      }
      update() {
        this.schedule();
      }
      schedule() {
        if (this.idle >= 0 || typeof requestIdleCallback !== 'function') return;
        const { state } = this.view;
        const end = state.doc.length;
        if (end > PARSE_AHEAD_LIMIT || syntaxTreeAvailable(state, end)) return;
        this.idle = requestIdleCallback((deadline) => {
          this.idle = -1;
          const room = deadline.timeRemaining() - ROOM_MS;
          if (room > 0)
            forceParsing(this.view, this.view.state.doc.length, Math.min(SLICE_MS, room));
          this.schedule();
        });
      }
      destroy() {
        if (this.idle >= 0) cancelIdleCallback(this.idle);
      }
    },
  );
}
