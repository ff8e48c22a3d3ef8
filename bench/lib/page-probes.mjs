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
 * Installs the typing probes: a capture-phase keydown listener on the document (a modifier's own
 * keydown does not count; `beforeinput` starts a key that has no keydown, as an inserted text),
 * a MutationObserver on the editor's content DOM (input latency: keydown → the frame after the
 * editor's DOM changed), a MutationObserver on the preview frame's document (keystroke-to-preview
 * latency) and a long-task observer. Returns false when the editor or the frame is missing.
 * With `preview` false (an editor alone, bench/lib/editor-alone.mjs) there is no frame to watch,
 * and a key waits for the editor only.
 */
export function installTypingProbes({ preview = true } = {}) {
  const content = document.querySelector('.cm-content');
  const frame = document.querySelector('iframe[title="Preview"]');
  const doc = frame && frame.contentDocument;
  if (!content || (preview && !doc)) return false;
  const bench = { cur: null, keys: [], longTasks: [], typingFrom: performance.now(), doc };
  window.__plumaBench = bench;
  const settle = (key) => {
    const input = !key.needInput || key.editorFrame !== undefined;
    const preview = !key.needPreview || key.previewFrame !== undefined;
    if (input && preview && key.resolve) key.resolve(true);
  };
  bench.settle = settle;
  const start = (e) => {
    const key = bench.cur;
    if (e.type === 'keydown' && ['Control', 'Shift', 'Alt', 'Meta'].includes(e.key)) return;
    if (key && key.down === undefined) key.down = performance.now();
  };
  document.addEventListener('keydown', start, true);
  document.addEventListener('beforeinput', start, true);
  new MutationObserver(() => {
    const key = bench.cur;
    if (!key || key.down === undefined || key.editorDom !== undefined) return;
    key.editorDom = performance.now();
    requestAnimationFrame(() => {
      key.editorFrame = performance.now();
      settle(key);
    });
  }).observe(content, { subtree: true, childList: true, characterData: true });
  // What an element shows: its text, or the attribute the expectation names (a cut title's full
  // text is in its title attribute).
  const value = (el, e) => (e.attr ? (el.getAttribute(e.attr) ?? el.textContent) : el.textContent);
  const matches = (el, e) => {
    const text = value(el, e) || '';
    if (e.includes !== undefined && !text.includes(e.includes)) return false;
    if (e.startsWith !== undefined && !text.trimStart().startsWith(e.startsWith)) return false;
    const items = e.items ? [...el.querySelectorAll(e.items)] : null;
    if (e.count !== undefined && (!items || items.length !== e.count)) return false;
    if (e.equals === undefined) return true;
    return items
      ? items.some((item) => (item.textContent || '').trim() === e.equals)
      : text.trim() === e.equals;
  };
  // Only the mutated blocks are read, so the probe stays cheap on a 50,000-word preview.
  const shows = (records, expected) => {
    const e = typeof expected === 'string' ? { includes: expected } : expected;
    const scope = e.scope || '.pluma-block';
    const seen = new Set();
    for (const r of records) {
      const nodes = [];
      for (const n of r.type === 'childList' ? r.addedNodes : []) {
        if (n.nodeType !== 1) continue;
        if (n.matches(scope)) nodes.push(n);
        else nodes.push(...n.querySelectorAll(scope));
      }
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const block = el && el.closest ? el.closest(scope) : null;
      if (block) nodes.push(block);
      for (const n of nodes) {
        if (seen.has(n)) continue;
        seen.add(n);
        if (matches(n, e)) return true;
      }
    }
    return false;
  };
  // Watched only where there is a preview.
  if (preview)
    new MutationObserver((records) => {
      const key = bench.cur;
      if (!key || key.down === undefined || key.preview !== undefined || !key.needPreview) return;
      if (!shows(records, key.expected)) return;
      key.preview = performance.now();
      requestAnimationFrame(() => {
        key.previewFrame = performance.now();
        settle(key);
      });
    }).observe(doc, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['title'],
    });
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

/**
 * Starts the measurement of key `index`, which should make the preview show `expected`: a text
 * some block's text includes, or an object that says more exactly what the element shows
 * (`scope`: the element's selector, default a block; `includes`, `startsWith`, `equals` of its
 * text or of attribute `attr`; `items`: a selector inside it whose count is `count` and one of
 * which has text `equals`). `needPreview` false: the key changes nothing in the preview, and
 * only the editor is awaited; `needInput` false: the editor's DOM may not change.
 */
export function armKey({ index, expected, needPreview = true, needInput = true }) {
  const bench = window.__plumaBench;
  bench.cur = { index, expected, needPreview, needInput };
  bench.keys.push(bench.cur);
}

/** Resolves true once the armed key reached the editor and the preview, false on timeout. */
export function waitForKey(timeoutMs) {
  const bench = window.__plumaBench;
  const key = bench.cur;
  return new Promise((resolve) => {
    key.resolve = resolve;
    bench.settle(key);
    setTimeout(() => resolve(false), timeoutMs);
  });
}

/**
 * Ends the typing measurement and returns, per key, the latencies in ms from keydown (null
 * where the key timed out or never came to that moment) and the long tasks that started while
 * typing.
 */
export function collectTyping() {
  const bench = window.__plumaBench;
  const until = performance.now();
  bench.cur = null;
  const since = (key, t) => (key.down === undefined || t === undefined ? null : t - key.down);
  return {
    keys: bench.keys.map((k) => ({
      input: since(k, k.editorFrame),
      // Set by an editor alone when the key reached its text (bench/entries/editor-alone.mjs).
      text: since(k, k.text),
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
