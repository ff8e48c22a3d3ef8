/**
 * Functions that run inside the app's page for the long-session memory figures (passed to
 * `page.evaluate`, so each one is self-contained).
 */

/** Resolves true once a role=status element says `Saved`, false after `timeoutMs`. */
export function waitForSaved(timeoutMs) {
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const statuses = [...document.querySelectorAll('[role="status"]')];
      if (statuses.some((el) => /\bSaved\b/.test(el.textContent || ''))) return resolve(true);
      if (performance.now() - started > timeoutMs) return resolve(false);
      setTimeout(tick, 50);
    };
    tick();
  });
}

/** Remembers (weakly, so the bench itself retains nothing) the preview frame now shown. */
export function markPreviewFrame() {
  const frame = document.querySelector('iframe[title="Preview"]');
  window.__plumaBenchFrame = frame ? new WeakRef(frame) : null;
}

/**
 * Resolves with the ms until a draft just opened is shown: a preview frame other than the one
 * marked by `markPreviewFrame`, with a rendered block and no mutation for `quietMs`, and an
 * editor whose text contains `marker`. Resolves null after `timeoutMs`.
 */
export function waitForDraftShown({ marker, quietMs, timeoutMs }) {
  const old = window.__plumaBenchFrame?.deref() ?? null;
  const started = performance.now();
  let doc = null;
  let last = started;
  let observer = null;
  return new Promise((resolve) => {
    const done = (value) => {
      observer?.disconnect();
      resolve(value);
    };
    const tick = () => {
      const now = performance.now();
      const frame = document.querySelector('iframe[title="Preview"]');
      const current = frame && frame !== old ? frame.contentDocument : null;
      // The frame's document is replaced when it loads: watch whichever one it holds now.
      if (current && current !== doc) {
        observer?.disconnect();
        doc = current;
        last = now;
        observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(doc, { subtree: true, childList: true, characterData: true });
      }
      const editor = document.querySelector('.cm-content');
      const shown =
        doc !== null &&
        doc.querySelector('.pluma-block') !== null &&
        editor !== null &&
        (editor.textContent || '').includes(marker);
      if (shown && now - last >= quietMs) return done(now - started);
      if (now - started > timeoutMs) return done(null);
      setTimeout(tick, 20);
    };
    tick();
  });
}
