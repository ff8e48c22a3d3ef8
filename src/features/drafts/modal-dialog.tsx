import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  /** The dialog's heading, which is also its accessible name. */
  title: string;
  /** Called when the person closes it (Escape, or a Close button calling it); without it the
   * dialog cannot be dismissed and waits for one of its own buttons. */
  onClose?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * Returns a modal built on the native `<dialog>` and `showModal()`: the page behind is inert,
 * focus stays inside (starting on the heading), Escape closes it and the browser returns focus
 * to where it was.
 */
export function ModalDialog({ open, title, onClose, className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The dialog may open while the person is typing: with focus on a button, the next space
      // or Enter would choose for them. The heading takes focus and is read out first.
      heading.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const onCancel = (event: React.SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose?.();
  };
  // The browser may still close a dialog whose cancel was refused (a second Escape): reopen it
  // while it should stay, so a choice that must be made is not skipped.
  const onNativeClose = () => {
    if (open && ref.current && !onClose) ref.current.showModal();
    else if (open) onClose?.();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`drafts-dialog ${className ?? ''}`}
      onCancel={onCancel}
      onClose={onNativeClose}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1} className="drafts-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
