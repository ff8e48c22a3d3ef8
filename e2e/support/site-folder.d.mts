import type { Page } from '@playwright/test';

/**
 * Makes "Open blog folder" open a copy of the site at `dir` (as the folder `name`): loads the
 * app at `url` (default `/?lang=en`) and writes the files. Call before anything else on the page.
 */
export function serveBlogFolder(
  page: Page,
  dir: string,
  name?: string,
  url?: string,
): Promise<void>;
