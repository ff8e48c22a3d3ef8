/**
 * The editor's warm-up: keys typed, while the page is idle, into a second editor nobody sees,
 * so that CodeMirror's typing code (the transaction, the Markdown parser's incremental parse,
 * the view's update and its measuring) is compiled and optimized before the person's own keys
 * need it. Without it, the first keys typed once a post shows ran that code cold: in the bench's
 * typing rows (4 runs a side, alternated), keys 2–7 took 9.0 ms where keys 14–20 took 7.0 ms at
 * 5,268 words (10.7 and 8.8 at 50,803), and their traces showed the difference in CodeMirror's
 * and Lezer's code and in V8's compilers. With it, keys 2–7 took 7.2 and 8.4 ms.
 *
 * The second editor has the real one's base (the same setup, theme, language and typing
 * handlers), none of what ties it to the page (the text's listener, scroll sync, image drop),
 * and a small document of the syntax posts use. It sits in a closed shadow root, in view (an
 * editor out of view skips its measuring) but transparent, inert, hidden from assistive
 * technology and from the page's queries, and it goes once its keys are typed. A browser without
 * idle callbacks (Safari) has no warm-up.
 */
import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { typeInto } from './typed-text';

/** The warm-up editor's document: the blocks a post's keys land in. */
const SAMPLE = [
  '---',
  'title: "Prueba"',
  'date: 2024-05-01 10:00:00 -0500',
  'tags: [uno, dos]',
  '---',
  '',
  '# Un título',
  '',
  'Un párrafo con *énfasis*, **negrita**, `código` y un [enlace](https://example.org/) que sigue.',
  '',
  '- un punto de la lista',
  '- otro punto',
  '',
  '> una cita',
  '',
  '| a | b |',
  '|---|---|',
  '| uno | dos |',
  '',
  '```js',
  'const x = 1;',
  '```',
  '',
  'Otro párrafo al final.',
  '',
].join('\n');

/** Where keys go in the sample: the end of a paragraph, a heading, a list item, a quote, a cell, code. */
const SPOTS = [
  'que sigue.',
  '# Un título',
  'un punto de la lista',
  'una cita',
  '| uno',
  'const x = 1;',
  'al final.',
]
  .map((s) => SAMPLE.indexOf(s) + s.length)
  .sort((a, b) => a - b);

/** Keys the warm-up types. */
const WARM_UP_KEYS = 120;
/** Keys typed in one idle period at most (the editor measures once after them, at the next frame). */
const KEYS_PER_IDLE = 3;
/** A key is typed only with this much of the idle period left (ms). */
const ROOM_MS = 6;
/** The warm-up waits while the person types: until this long after their last key (ms). */
const QUIET_MS = 400;

/**
 * Makes the hidden editor: in view for CodeMirror (the page's top left corner) but transparent,
 * behind the page, inert, `aria-hidden`, in a closed shadow root.
 */
function hiddenEditor(extensions: Extension): { view: EditorView; host: HTMLElement } {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.dataset.editorWarmUp = '';
  host.inert = true;
  host.style.cssText =
    'position:fixed;left:0;top:0;width:32em;height:16em;opacity:0;pointer-events:none;z-index:-1;overflow:hidden;contain:strict';
  const root = host.attachShadow({ mode: 'closed' });
  document.body.append(host);
  const view = new EditorView({
    state: EditorState.create({ doc: SAMPLE, extensions }),
    parent: root,
    root,
  });
  return { view, host };
}

/**
 * Types `WARM_UP_KEYS` keys into a hidden editor made of `extensions`, a few per idle period,
 * none within `QUIET_MS` of the person's last key (`lastKey`, a `performance.now()` time) nor
 * within `QUIET_MS` of this call, then removes it. The editor itself is made in the first idle
 * period so allowed. Returns a function that stops it early (the editor's own goes).
 */
export function warmUpEditor(extensions: Extension, lastKey: () => number): () => void {
  if (typeof document === 'undefined' || typeof requestIdleCallback !== 'function') return () => {};
  const asked = performance.now();
  let made: ReturnType<typeof hiddenEditor> | null = null;
  let typed = 0;
  let idle = 0;
  let timer = 0;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cancelIdleCallback(idle);
    clearTimeout(timer);
    made?.view.destroy();
    made?.host.remove();
  };
  const step = (deadline: IdleDeadline) => {
    if (stopped) return;
    const wait = Math.max(asked, lastKey()) + QUIET_MS - performance.now();
    if (wait > 0) {
      timer = window.setTimeout(() => (idle = requestIdleCallback(step)), wait);
      return;
    }
    if (!made) {
      made = hiddenEditor(extensions);
      idle = requestIdleCallback(step);
      return;
    }
    const { view } = made;
    // The first rounds run cold code: a key per idle period, so none holds a period long.
    const most = typed < 2 * SPOTS.length ? 1 : KEYS_PER_IDLE;
    for (let n = 0; n < most && typed < WARM_UP_KEYS && deadline.timeRemaining() > ROOM_MS; n++) {
      const i = typed % SPOTS.length;
      const adding = Math.floor(typed / SPOTS.length) % 2 === 0;
      // Each spot takes a key, then gives it back the next round, so the sample stays as it is:
      // adding, the spots before this one have theirs; taking back, they have given it back.
      const from = adding ? SPOTS[i] + i : SPOTS[i];
      // A typed key goes as the person's do (typed-text.ts); the next round's Backspace as one.
      if (adding) typeInto(view, from, from, 'x');
      else {
        view.dispatch({
          changes: { from, to: from + 1 },
          selection: EditorSelection.cursor(from),
          userEvent: 'delete.backward',
          scrollIntoView: true,
        });
      }
      typed += 1;
    }
    if (typed >= WARM_UP_KEYS) requestAnimationFrame(() => setTimeout(stop, 0));
    else idle = requestIdleCallback(step);
  };
  idle = requestIdleCallback(step);
  return stop;
}
