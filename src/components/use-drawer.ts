import type { KeyboardEvent, RefObject } from 'react';

/** Returns whether Escape belongs to `target` itself rather than to the drawer around it. */
function ownsEscape(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A dialog opened from the drawer closes first; a search box with text clears it first.
  if (target.closest('dialog')) return true;
  return target instanceof HTMLInputElement && target.type === 'search' && target.value !== '';
}

/**
 * Returns the key handler of a non-modal drawer or popover; put it on its toggle and on its
 * panel. Escape, pressed on either while the drawer is `open`, calls `close` and puts focus on
 * `toggle`, so that focus does not fall to the page's body with the panel that held it.
 */
export function useDrawer(
  open: boolean,
  close: () => void,
  toggle: RefObject<HTMLElement | null>,
): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    if (ownsEscape(event.target)) return;
    event.preventDefault();
    close();
    toggle.current?.focus();
  };
}
