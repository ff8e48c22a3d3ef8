/**
 * The system Chromium that the end-to-end tests and the bench drive, and the flags it needs on
 * this closed network (as root, without a GPU). Plain JavaScript so that both the TypeScript
 * Playwright config and the bench's .mjs scripts import the same list.
 */
import { existsSync } from 'node:fs';

/** Chromium's flags: no sandbox (root), no GPU, no background connections to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Returns the path of the system Chromium, or throws how to install one. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install Debian's Chromium with " +
        '`sudo apt-get install chromium` or set CHROMIUM_PATH to a Chromium/Chrome binary. ' +
        "(Playwright's own browser download is not used by Pluma.)",
    );
  }
  return found;
}
