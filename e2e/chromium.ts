import { existsSync } from 'node:fs';

/** Returns the path of the system Chromium that e2e tests drive, or throws how to install one. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install Debian's Chromium with " +
        '`sudo apt-get install chromium` or set CHROMIUM_PATH to a Chromium/Chrome binary. ' +
        "(Playwright's own browser download is not used by Pluma.)",
    );
  }
  return found;
}
