/**
 * The system Chromium that the end-to-end tests and the bench drive, and the flags it needs on
 * this closed network (as root, without a GPU). Plain JavaScript so that both the TypeScript
 * Playwright config and the bench's .mjs scripts import the same list.
 */
import { existsSync } from 'node:fs';

/**
 * The features Playwright (1.65) itself turns off in Chromium. Chromium reads only the last
 * `--disable-features` of its command line, and Playwright puts its own first: the list below
 * must repeat Playwright's for them to stay off. (Its source: chromiumSwitches.ts.)
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Browser features (not web ones) that cost each new page more than the app does on this
 * 2-core machine: Chromium 156 builds, for every new window, even headless, the address bar's
 * suggestion popup as a web page of its own (chrome://omnibox-popup.top-chrome, about 1.5 s of
 * CPU in a renderer of its own, while the app loads beside it). Off, a new page with the app
 * is ready in 2.0 instead of 3.2 s, and takes 3.7 instead of 6.4 s of CPU.
 */
const UNUSED_BROWSER_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  'PreloadTopChromeWebUI',
];

/** Chromium's flags: no sandbox (root), no GPU, no background connections to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_FEATURES].join(',')}`,
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
