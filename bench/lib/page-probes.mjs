/**
 * Functions that run inside the app's page (passed to `page.evaluate`, so each one is
 * self-contained). They keep their state on `window.__plumaBench`.
 */

/**
 * Resolves once the preview shows `expected` in a block and its document has had no mutation
 * for `quietMs`; resolves false after `timeoutMs`.
 */
export function waitForPreviewSettled({ expected, quietMs, timeoutMs }) {
  const frame = document.querySelector('iframe[title="Preview"]');
  const doc = frame && frame.contentDocument;
  if (!doc) return Promise.resolve(false);
  return new Promise((resolve) => {
    let last = performance.now();
    const observer = new MutationObserver(() => (last = performance.now()));
    observer.observe(doc, { subtree: true, childList: true, characterData: true });
    const started = performance.now();
    const shows = () =>
      [...doc.querySelectorAll('.pluma-block')].some((b) => b.textContent.includes(expected));
    const tick = () => {
      const now = performance.now();
      if (now - last >= quietMs && shows()) return done(true);
      if (now - started > timeoutMs) return done(false);
      setTimeout(tick, 100);
    };
    const done = (ok) => {
      observer.disconnect();
      resolve(ok);
    };
    tick();
  });
}

/**
 * Installs the typing probes: a capture-phase keydown listener and a MutationObserver on the
 * editor's content DOM (input latency: keydown → the frame after the editor's DOM changed), a
 * MutationObserver on the preview frame's document (keystroke-to-preview latency) and a
 * long-task observer. Returns false when the editor or the frame is missing.
 */
export function installTypingProbes() {
  const content = document.querySelector('.cm-content');
  const frame = document.querySelector('iframe[title="Preview"]');
  const doc = frame && frame.contentDocument;
  if (!content || !doc) return false;
  const bench = { cur: null, keys: [], longTasks: [], typingFrom: performance.now(), doc };
  window.__plumaBench = bench;
  const settle = (key) => {
    if (key.editorFrame !== undefined && key.previewFrame !== undefined && key.resolve) {
      key.resolve(true);
    }
  };
  content.addEventListener(
    'keydown',
    () => {
      const key = bench.cur;
      if (key && key.down === undefined) key.down = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    const key = bench.cur;
    if (!key || key.down === undefined || key.editorDom !== undefined) return;
    key.editorDom = performance.now();
    requestAnimationFrame(() => {
      key.editorFrame = performance.now();
      settle(key);
    });
  }).observe(content, { subtree: true, childList: true, characterData: true });
  // Only the mutated blocks are read, so the probe stays cheap on a 50,000-word preview.
  const shows = (records, expected) => {
    const seen = new Set();
    for (const r of records) {
      const nodes = r.type === 'childList' ? [...r.addedNodes] : [];
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const block = el && el.closest ? el.closest('.pluma-block') : null;
      if (block) nodes.push(block);
      for (const n of nodes) {
        if (seen.has(n)) continue;
        seen.add(n);
        if ((n.textContent || '').includes(expected)) return true;
      }
    }
    return false;
  };
  new MutationObserver((records) => {
    const key = bench.cur;
    if (!key || key.down === undefined || key.preview !== undefined) return;
    if (!shows(records, key.expected)) return;
    key.preview = performance.now();
    requestAnimationFrame(() => {
      key.previewFrame = performance.now();
      settle(key);
    });
  }).observe(doc, { subtree: true, childList: true, characterData: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
    bench.longTaskSupported = true;
  } catch {
    bench.longTaskSupported = false;
  }
  return true;
}

/** Starts the measurement of key `index`, which should make the preview show `expected`. */
export function armKey({ index, expected }) {
  const bench = window.__plumaBench;
  bench.cur = { index, expected };
  bench.keys.push(bench.cur);
}

/** Resolves true once the armed key reached the editor and the preview, false on timeout. */
export function waitForKey(timeoutMs) {
  const key = window.__plumaBench.cur;
  if (key.editorFrame !== undefined && key.previewFrame !== undefined) return true;
  return new Promise((resolve) => {
    key.resolve = resolve;
    setTimeout(() => resolve(false), timeoutMs);
  });
}

/**
 * Ends the typing measurement and returns, per key, the latencies in ms from keydown (null
 * where the key timed out) and the long tasks that started while typing.
 */
export function collectTyping() {
  const bench = window.__plumaBench;
  const until = performance.now();
  bench.cur = null;
  const since = (key, t) => (key.down === undefined || t === undefined ? null : t - key.down);
  return {
    keys: bench.keys.map((k) => ({
      input: since(k, k.editorFrame),
      preview: since(k, k.preview),
      previewFrame: since(k, k.previewFrame),
    })),
    longTaskSupported: bench.longTaskSupported,
    longTasks: bench.longTasks.filter((t) => t.start >= bench.typingFrom && t.start <= until),
  };
}

/**
 * Times `renderMarkdown` and markdown-it on `body` in the page's main thread, with the bench's
 * page bundle (served at `url`); returns the median ms of `runs` runs after one warm-up.
 */
export async function timeRendersInPage({ url, body, runs }) {
  const m = await import(url);
  const md = new m.MarkdownIt({ html: true, linkify: true });
  const time = (fn) => {
    fn();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      fn();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor((times.length - 1) / 2)];
  };
  return {
    remark: time(() => m.renderMarkdown(body)),
    markdownIt: time(() => md.render(body)),
  };
}
