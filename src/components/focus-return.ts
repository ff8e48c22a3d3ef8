/**
 * Focus that goes back where it came from. A dialog or drawer that closes takes the focused
 * element with it; without this, focus falls to the page's body and a keyboard or screen-reader
 * user starts again from the top of the page.
 */

/** Returns whether `el` can take focus now: in the page, shown and not disabled. */
function focusable(el: HTMLElement): boolean {
  if (!el.isConnected || (el as HTMLButtonElement).disabled) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** Returns what names an element for a person: its aria-label, else its text. */
function nameOf(el: Element): string {
  return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
}

/**
 * Returns the element that now stands for `gone`: same tag and same name. A keyed parent may
 * re-create the opener in the render that closes the dialog (History's Restore reloads the
 * workspace, toolbar included), and focus belongs on the new button.
 */
function twinOf(gone: HTMLElement, doc: Document): HTMLElement | null {
  const name = nameOf(gone);
  if (!name) return null;
  for (const el of doc.querySelectorAll<HTMLElement>(gone.tagName)) {
    if (el !== gone && nameOf(el) === name && focusable(el)) return el;
  }
  return null;
}

/**
 * Notes the element that has focus in `doc` now and returns the function that focuses it again
 * (or, when it left the page, its twin: same tag and name). Call it once the dialog or drawer
 * that took focus has closed.
 */
export function rememberFocus(doc: Document): () => void {
  const opener = doc.activeElement;
  if (!(opener instanceof HTMLElement) || opener === doc.body) return () => {};
  return () => {
    if (focusable(opener)) opener.focus();
    // After the render that closed the dialog, so that a re-created opener is in the page.
    queueMicrotask(() => {
      const now = doc.activeElement;
      if (now && now !== doc.body && now.isConnected) return;
      twinOf(opener, doc)?.focus();
    });
  };
}
