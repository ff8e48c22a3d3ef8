import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface ModalProps {
  /** The heading, which is also the dialog's accessible name. */
  title: string;
  /** Called on Escape; the dialog is shown while it is rendered. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * Returns a modal dialog (native `<dialog>` opened with `showModal()`, so the page behind is
 * inert and focus stays inside) that is open for as long as it is rendered.
 */
export function Modal({ title, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="ie-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="ie-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
