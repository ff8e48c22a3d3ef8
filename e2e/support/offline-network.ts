import type { Page } from '@playwright/test';

// A 1×1 grey PNG.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mO8+Q8AAr8B3qQxW6wAAAAASUVORK5CYII=',
  'base64',
);

/**
 * Serves every request that leaves the app's own origin with a placeholder image, as the blog's
 * image hosts would, since the test machine has no network: the page then logs no load errors
 * that only the sandbox causes. Returns the list of URLs that were requested.
 */
export async function stubExternalNetwork(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    requested.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
  });
  return requested;
}
