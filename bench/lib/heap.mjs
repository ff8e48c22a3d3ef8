/**
 * Heap figures of a page and of its dedicated workers through the Chrome DevTools Protocol: a
 * CDP session on the page, plus the workers it auto-attaches to (non-flattened sessions, spoken
 * to through `Target.sendMessageToTarget`, as Playwright cannot open a CDP session on a worker).
 */

const WORKER_TIMEOUT_MS = 10_000;
const MB = 1024 * 1024;

/** Returns `bytes` in MiB (the names say MB), rounded to 0.01 (or null). */
export const toMB = (bytes) => (bytes === null ? null : Math.round((bytes / MB) * 100) / 100);

/**
 * Opens a heap probe on `page` and returns `{ measure, workerCount, snapshot, close }`:
 * `measure()` forces garbage collection (page and workers, `rounds` times) and returns the
 * page's used JS heap, DOM nodes and JS event listeners, and the workers' used heap;
 * `snapshot()` returns a heap snapshot of the page as one JSON string.
 */
export async function openHeapProbe(page, { rounds = 3 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const workers = new Map();
  const pending = new Map();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    // The app's service worker is the browser's, not the page's: only dedicated workers count.
    if (targetInfo.type === 'worker') workers.set(sessionId, targetInfo.url);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
    workers.delete(sessionId);
    for (const [id, call] of pending) {
      if (call.sessionId !== sessionId) continue;
      pending.delete(id);
      call.reject(new Error('worker detached'));
    }
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    if (reply.error) call.reject(new Error(reply.error.message));
    else call.resolve(reply.result);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });

  const toWorker = (sessionId, method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`${method} timed out`)), WORKER_TIMEOUT_MS);
      const done = (fn) => (v) => {
        clearTimeout(timer);
        fn(v);
      };
      pending.set(id, { sessionId, resolve: done(resolve), reject: done(reject) });
      const message = JSON.stringify({ id, method, params });
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(done(reject));
    });

  /** Returns each attached worker's used heap after its GC (null for one that did not answer). */
  const workerHeaps = async () =>
    Promise.all(
      [...workers.keys()].map(async (sessionId) => {
        try {
          await toWorker(sessionId, 'HeapProfiler.collectGarbage');
          return (await toWorker(sessionId, 'Runtime.getHeapUsage')).usedSize;
        } catch {
          return null;
        }
      }),
    );

  const measure = async () => {
    for (let i = 0; i < rounds; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      await workerHeaps();
      // Finalizers and detached frames are released between collections.
      await new Promise((r) => setTimeout(r, 200));
    }
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    const heaps = await workerHeaps();
    const known = heaps.filter((h) => h !== null);
    return {
      heap: usedSize,
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
      workers: heaps.length,
      workerHeap: known.length ? known.reduce((a, b) => a + b, 0) : null,
    };
  };

  const snapshot = async () => {
    const chunks = [];
    const onChunk = ({ chunk }) => chunks.push(chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    return chunks.join('');
  };

  return {
    measure,
    snapshot,
    workerCount: () => workers.size,
    close: () => cdp.detach().catch(() => {}),
  };
}

/**
 * Returns the growth from `before` to `after` (two `measure()` results): heap and worker heap
 * in MB, nodes and listeners as counts; null where either side is unknown.
 */
export function growth(before, after) {
  const diff = (k) => (before[k] === null || after[k] === null ? null : after[k] - before[k]);
  return {
    heapMB: toMB(diff('heap')),
    workerHeapMB: toMB(diff('workerHeap')),
    nodes: diff('nodes'),
    listeners: diff('listeners'),
  };
}

/**
 * Returns the self sizes of a heap snapshot (`snapshot()`'s JSON) summed: `total`, and `code`,
 * the nodes of type "code" (V8's bytecode, compiled machine code, feedback vectors and scope
 * infos: what the engine makes of the app's functions as they run, not data the app keeps).
 */
export function heapKinds(json) {
  const s = JSON.parse(json);
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = types.indexOf('code');
  let total = 0;
  let codeBytes = 0;
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const size = s.nodes[i + sizeAt];
    total += size;
    if (s.nodes[i + typeAt] === code) codeBytes += size;
  }
  return { total, code: codeBytes };
}
