import type { KeyboardEvent } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([tabindex="-1"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside `event.currentTarget` (a drawer that is modal while open): Tab on its last
 * focusable element goes to the first, Shift+Tab on the first to the last. The page around it
 * is inert meanwhile, so nothing else can take focus.
 */
export function trapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const all = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) =>
    el.checkVisibility(),
  );
  if (all.length === 0) return;
  const [first, last] = [all[0], all[all.length - 1]];
  const active = document.activeElement;
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}
