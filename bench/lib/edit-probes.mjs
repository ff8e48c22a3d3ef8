/**
 * Functions that run inside a page for the kinds-of-edit and cold-load figures (passed to
 * `page.evaluate` or `addInitScript`, so each one is self-contained).
 */

/**
 * Stores `text` as a new draft through the app's storage module (served at `url`) and makes it
 * the last open draft, so that the app opens it when it next starts. Returns its id.
 */
export async function seedOpenDraft({ url, text, title }) {
  const { storage } = await import(url);
  const db = await storage.openPlumaDb();
  try {
    const meta = await storage.createDraft(db, { text, title });
    await storage.setSetting(db, 'lastOpenDraftId', meta.id);
    return meta.id;
  } finally {
    db.close();
  }
}

/**
 * Resolves with `{ ms }`, the ms waited once the editor shows `editorText` and a preview block
 * shows `previewText` (checked every 20 ms), or with `{ failed }`, why not: an alert about the
 * preview (its render was stopped) or the timeout.
 */
export function waitForOpened({ editorText, previewText, timeoutMs }) {
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const editor = document.querySelector('.cm-content');
      const frame = document.querySelector('iframe[title="Preview"]');
      const doc = frame && frame.contentDocument;
      const shown =
        editor !== null &&
        (editor.textContent || '').includes(editorText) &&
        !!doc &&
        [...doc.querySelectorAll('.pluma-block')].some((b) => b.textContent.includes(previewText));
      if (shown) return resolve({ ms: performance.now() - started });
      const alert = [...document.querySelectorAll('[role="alert"]')]
        .map((a) => (a.textContent || '').trim())
        .find((t) => /preview/i.test(t));
      if (alert) return resolve({ failed: alert });
      if (performance.now() - started > timeoutMs) {
        return resolve({ failed: `not shown in ${timeoutMs} ms` });
      }
      setTimeout(tick, 20);
    };
    tick();
  });
}

/**
 * Puts the editor's cursor at offset `at` (scrolled into view, focused), as a click there would,
 * through the CodeMirror view the editor's DOM holds; resolves true two frames later (the editor
 * has drawn), false when no view is found.
 */
export function placeCursor(at) {
  const content = document.querySelector('.cm-content');
  // CodeMirror keeps its view on the content element's tile (EditorView.findFromDOM reads it).
  const view = content && content.cmTile && content.cmTile.root && content.cmTile.root.view;
  if (!view) return false;
  view.focus();
  view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))),
  );
}

/** Writes `text` to the clipboard, for a paste with the keyboard. */
export function writeClipboard(text) {
  return navigator.clipboard.writeText(text);
}

/**
 * (Init script, top frame only.) Records on `window.__plumaCold`, in ms since navigation start,
 * when the editor first shows `editorText` and when the preview's last block first shows
 * `lastText`, watching the page's DOM and the preview frame's document with mutation observers.
 */
export function watchColdLoad({ editorText, lastText }) {
  if (window.top !== window) return;
  const state = { editorReady: null, previewReady: null, timeOrigin: performance.timeOrigin };
  window.__plumaCold = state;
  let frameDoc = null;
  const checkPreview = () => {
    if (state.previewReady !== null || !frameDoc) return;
    const blocks = frameDoc.querySelectorAll('.pluma-block');
    const last = blocks[blocks.length - 1];
    if (last && (last.textContent || '').includes(lastText)) state.previewReady = performance.now();
  };
  const check = () => {
    if (state.editorReady === null) {
      const editor = document.querySelector('.cm-content');
      if (editor && (editor.textContent || '').includes(editorText)) {
        state.editorReady = performance.now();
      }
    }
    const frame = document.querySelector('iframe[title="Preview"]');
    const doc = frame && frame.contentDocument;
    // The frame's document is replaced when it loads: watch whichever one it holds now.
    if (doc && doc !== frameDoc) {
      frameDoc = doc;
      new MutationObserver(checkPreview).observe(doc, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }
    checkPreview();
    if (state.editorReady !== null && state.previewReady !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  // A frame's document can be swapped without a mutation of the page: look once a frame too.
  const tick = () => {
    check();
    if (state.editorReady === null || state.previewReady === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Resolves with `window.__plumaCold` once both times are known, or after `timeoutMs`. */
export function coldLoadTimes(timeoutMs) {
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const s = window.__plumaCold;
      if (
        (s && s.editorReady !== null && s.previewReady !== null) ||
        performance.now() - started > timeoutMs
      ) {
        return resolve(s ?? null);
      }
      setTimeout(tick, 50);
    };
    tick();
  });
}

/** (In the app's page.) Returns where the app's editor is and its font, for an editor alone. */
export function editorBox() {
  const editor = document.querySelector('.cm-editor');
  const scroller = document.querySelector('.cm-scroller');
  if (!editor || !scroller) return null;
  const r = editor.getBoundingClientRect();
  const font = getComputedStyle(scroller).font;
  return { left: r.left, top: r.top, width: r.width, height: r.height, font };
}

/** Resolves true once the editor's drawn lines show `text`, false after `timeoutMs`. */
export async function editorShows({ text, timeoutMs }) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const content = document.querySelector('.cm-content');
    if (content && content.textContent.includes(text)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}
