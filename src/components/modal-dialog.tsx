import { useId, useLayoutEffect, useRef } from 'react';
import type { ReactNode, RefObject, SyntheticEvent } from 'react';
import { rememberFocus } from './focus-return';
import './modal-dialog.css';

interface ModalDialogProps {
  /** Whether it is shown; without it, the dialog is shown for as long as it is rendered. */
  open?: boolean;
  /** The dialog's heading, which is also its accessible name. */
  title: string;
  /** Called when the person closes it (Escape, or a Close button calling it); without it the
   * dialog cannot be dismissed and waits for one of its own buttons. */
  onClose?: () => void;
  /** What takes focus when it opens; the heading when not given. */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  children: ReactNode;
}

/**
 * Returns the app's modal dialog, built on the native `<dialog>` and `showModal()`: the page
 * behind is inert, focus stays inside (starting on the heading or `initialFocus`), Escape calls
 * `onClose`, and when it closes, whichever way, focus goes back to the element that had it when
 * it opened (the button that opened it).
 */
export function ModalDialog(props: ModalDialogProps) {
  const { open = true, title, onClose, initialFocus, className, children } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  // A layout effect: its cleanup runs while the dialog is still in the page, before a parent
  // that unmounts it removes it, so the dialog closes first and focus can be put back.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const restoreFocus = rememberFocus(dialog.ownerDocument);
    if (!dialog.open) dialog.showModal();
    // The dialog may open while the person is typing: with focus on a button, the next space
    // or Enter would choose for them. The heading takes focus and is read out first.
    (initialFocus?.current ?? heading.current)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      restoreFocus();
    };
  }, [open, initialFocus]);
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose?.();
  };
  // The browser may still close a dialog whose cancel was refused (a second Escape): reopen it
  // while it should stay, so a choice that must be made is not skipped.
  const onNativeClose = () => {
    const dialog = ref.current;
    // The event is a task queued by a close(): when the dialog was opened again before it ran
    // (a close and a reopen in quick succession), it is stale and must not close the new one.
    if (!dialog || dialog.open) return;
    if (open && !onClose) dialog.showModal();
    else if (open) onClose?.();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      onCancel={onCancel}
      onClose={onNativeClose}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1} className="modal-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
