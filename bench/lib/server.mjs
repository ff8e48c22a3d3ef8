/** Starts and stops `vite preview` of the bench's production build on a free port of its own. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { APP_DIR, VITE_BIN } from './bundles.mjs';

// Ports other runs use on this machine (e2e, dev servers): never take them.
const TAKEN = new Set([4173, 4180, 4391]);

/** Returns a TCP port on 127.0.0.1 that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => (TAKEN.has(port) ? freePort().then(resolve, reject) : resolve(port)));
    });
  });
}

/** Returns once `url` answers 200, or throws after `timeoutMs`. */
async function waitForUrl(url, child, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/**
 * Starts `vite preview` on the production build in bench/.out/app and returns its base URL and
 * a `stop()` that ends that process (and only it).
 */
export async function startPreview() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      VITE_BIN,
      'preview',
      '--outDir',
      APP_DIR,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${url}/`, child, 20_000);
  } catch (err) {
    child.kill();
    throw new Error(`${err.message}\n${stderr}`, { cause: err });
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}
