import { test as base, expect } from '@playwright/test';

export { expect };
export type { Browser, Download, Page } from '@playwright/test';

/**
 * Playwright's `test`, guarded: every test fails if the app reports a Content-Security-Policy
 * violation while it runs, so the strict CSP is checked while every feature is used. (The listener
 * cannot run inside the sandboxed preview frame, which runs no script at all.)
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__plumaCspViolation', (_source, text: string) => {
        violations.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __plumaCspViolation?: (t: string) => void })
            .__plumaCspViolation;
          report?.(
            `${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
          );
        });
      });
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
