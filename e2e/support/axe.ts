import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Returns axe's serious and critical violations on the page as it is now, with the minor ones. */
export async function audit(page: Page, label: string) {
  // Legacy mode runs axe in the page itself: its default opens a helper page, which fails
  // under this Chromium. The sandboxed preview frame runs no script, so axe skips inside it.
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = result.violations.filter((v) => !grave.includes(v));
  for (const v of minor) {
    const where = v.nodes.map((n) => n.target.join(' ')).join(', ');
    console.log(`[axe ${label}] ${v.impact}: ${v.id} at ${where}`);
  }
  return grave.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}
