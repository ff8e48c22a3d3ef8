/**
 * What the drafts session does when its page goes away or is hidden: keep the unsaved text
 * synchronously (the journal), start storing it, and ask before leaving only when it could not
 * be kept anywhere.
 */

/** The session's side of leaving the page. */
export interface PageLeaveHandlers {
  /** Keeps unsaved text synchronously; returns false when some of it could not be kept. */
  keepUnsaved: () => boolean;
  /** Starts storing unsaved text (it may not finish before the page is gone). */
  flush: () => void;
  /** Called when the page is shown again. */
  onShown: () => void;
}

/** Listens to `page` leaving and being hidden; returns the function that stops listening. */
export function watchPageLeave(page: Window, handlers: PageLeaveHandlers): () => void {
  const { keepUnsaved, flush, onShown } = handlers;
  const keepAndFlush = () => {
    const kept = keepUnsaved();
    flush();
    return kept;
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (keepAndFlush()) return;
    // Neither the journal nor storage can hold the text in time: the browser asks first.
    event.preventDefault();
    event.returnValue = '';
  };
  const onPageHide = () => void keepAndFlush();
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') keepAndFlush();
    else onShown();
  };
  page.addEventListener('beforeunload', onBeforeUnload);
  page.addEventListener('pagehide', onPageHide);
  page.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    page.removeEventListener('beforeunload', onBeforeUnload);
    page.removeEventListener('pagehide', onPageHide);
    page.document.removeEventListener('visibilitychange', onVisibility);
  };
}
