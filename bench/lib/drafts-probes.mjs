/**
 * Functions that run inside the app's page for the drafts figures (passed to `page.evaluate` or
 * `addInitScript`, so each one is self-contained).
 */

/**
 * Stores `count` drafts in the app's own database through its storage module (served at
 * `url`): each a real post body under a short front matter. Returns the median ms of listing
 * them with `listDrafts` (metadata only), after one warm-up.
 */
export async function seedDrafts({ url, count, bodies }) {
  const { storage } = await import(url);
  const db = await storage.openPlumaDb();
  try {
    for (let i = 0; i < count; i += 50) {
      const batch = [];
      for (let j = i; j < Math.min(count, i + 50); j++) {
        const body = bodies[j % bodies.length];
        const title = `Borrador ${j + 1}: ${body.split(/\s+/).slice(0, 6).join(' ')}`;
        const text = `---\nlayout: post\ntitle: "${title.replace(/"/g, "'")}"\n---\n${body}`;
        batch.push(storage.createDraft(db, { text, title }));
      }
      await Promise.all(batch);
    }
    const times = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const { drafts } = await storage.listDrafts(db);
      if (i > 0) times.push(performance.now() - t);
      if (drafts.length < count) throw new Error(`listDrafts returned ${drafts.length} drafts`);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    db.close();
  }
}

/**
 * (Init script.) Records on `window.__plumaDraftsList`, in ms since navigation start, when the
 * list named Drafts first has items and when it has at least `expected` of them.
 */
export function watchDraftsList(expected) {
  if (window.top !== window) return;
  const state = { first: null, all: null, count: 0 };
  window.__plumaDraftsList = state;
  const check = () => {
    const list = [...document.querySelectorAll('[aria-label="Drafts"]')].find(
      (el) => el.getAttribute('role') === 'list' || el.tagName === 'UL' || el.tagName === 'OL',
    );
    if (!list) return;
    const n = list.querySelectorAll(':scope > li, :scope > [role="listitem"]').length;
    state.count = n;
    if (n > 0 && state.first === null) state.first = performance.now();
    if (n >= expected && state.all === null) {
      state.all = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Resolves with `window.__plumaDraftsList` once it has all items or after `timeoutMs`. */
export function draftsListTimes(timeoutMs) {
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const state = window.__plumaDraftsList ?? { first: null, all: null, count: 0 };
      if (state.all !== null || performance.now() - started > timeoutMs) return resolve(state);
      setTimeout(tick, 50);
    };
    tick();
  });
}

/**
 * Times `saveDraft` of `text` (a changed character each run) on a real IndexedDB, in a database
 * of its own that is deleted afterwards. Returns the median and max ms of `runs` saves after
 * one warm-up, and the longest main-thread task seen meanwhile (null when unsupported).
 */
export async function timeSaveDraft({ url, text, runs }) {
  const { storage } = await import(url);
  const name = 'pluma-bench-autosave';
  await storage.deletePlumaDb(name);
  const db = await storage.openPlumaDb(name);
  const tasks = [];
  const observer = new PerformanceObserver((l) =>
    tasks.push(...l.getEntries().map((e) => e.duration)),
  );
  let observing = true;
  try {
    observer.observe({ type: 'longtask' });
  } catch {
    observing = false;
  }
  try {
    const meta = await storage.createDraft(db, { text, title: 'Bench' });
    let revision = meta.revision;
    const times = [];
    for (let i = 0; i <= runs; i++) {
      const changed = `${text.slice(0, text.length / 2)}${i}${text.slice(text.length / 2)}`;
      const t = performance.now();
      const result = await storage.saveDraft(db, meta.id, changed, { expectedRevision: revision });
      if (i > 0) times.push(performance.now() - t);
      if (!result.ok) throw new Error('saveDraft reported a conflict');
      revision = result.meta.revision;
    }
    // Long tasks are reported after the fact: give the observer a frame to deliver them.
    await new Promise((r) => setTimeout(r, 100));
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor((times.length - 1) / 2)],
      max: times[times.length - 1],
      // Only tasks over 50 ms are reported: null means none, 'n/a' that the API is missing.
      longestTask: observing ? (tasks.length ? Math.max(...tasks) : null) : 'n/a',
    };
  } finally {
    observer.disconnect();
    db.close();
    await storage.deletePlumaDb(name);
  }
}

/**
 * Types nothing itself: waits (up to `timeoutMs`) until a role=status element says `Saved`,
 * then arms a timer for the next keydown in the editor and resolves with the ms from that key
 * until a status says `Saved` again after having said something else. Resolves with a reason
 * string when there is no such status.
 */
export function armAutosaveProbe(timeoutMs) {
  const saved = (el) => /\bSaved\b/.test(el.textContent || '');
  const statuses = () => [...document.querySelectorAll('[role="status"]')];
  return new Promise((resolve) => {
    const started = performance.now();
    const wait = () => {
      const el = statuses().find(saved);
      if (el) return arm();
      if (performance.now() - started > timeoutMs) {
        return resolve('n/a: no status says Saved (autosave not wired)');
      }
      setTimeout(wait, 100);
    };
    const arm = () => {
      const probe = { down: null, left: false, at: null };
      window.__plumaAutosave = probe;
      document
        .querySelector('.cm-content')
        .addEventListener('keydown', () => (probe.down = probe.down ?? performance.now()), {
          capture: true,
          once: true,
        });
      new MutationObserver(() => {
        if (probe.down === null || probe.at !== null) return;
        // The status element may be re-created: look the statuses up again each time.
        if (!statuses().some(saved)) probe.left = true;
        else if (probe.left) probe.at = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      resolve('armed');
    };
    wait();
  });
}

/** Resolves with ms from the armed key to `Saved`, or a reason string after `timeoutMs`. */
export function autosaveResult(timeoutMs) {
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const p = window.__plumaAutosave;
      if (p.at !== null) return resolve(p.at - p.down);
      if (performance.now() - started > timeoutMs) {
        return resolve(p.left ? 'timeout: never back to Saved' : 'n/a: status never changed');
      }
      setTimeout(tick, 20);
    };
    tick();
  });
}
