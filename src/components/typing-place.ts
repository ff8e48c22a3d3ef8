/** Returns whether `target` is where typing goes: a text box, a select, or an editable (the editor). */
export function isTypingPlace(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}
