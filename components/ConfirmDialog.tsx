import type { ComponentChildren, RefObject } from 'preact';
import { useId } from 'preact/hooks';

interface ConfirmDialogProps {
  dialogRef: RefObject<HTMLDialogElement | null>;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  children: ComponentChildren;
}

/**
 * A modal question with a confirm and a Cancel button. The native <dialog> traps focus, closes on
 * Escape and gives focus back to the button that opened it; Cancel gets the focus first, so an
 * accidental Enter never confirms.
 */
export function ConfirmDialog({
  dialogRef,
  title,
  confirmLabel,
  onConfirm,
  children,
}: ConfirmDialogProps) {
  const id = useId();
  const close = () => dialogRef.current?.close();
  return (
    <dialog ref={dialogRef} class="confirm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <div class="dialog-actions">
        <button
          type="button"
          class="danger"
          onClick={() => {
            close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" autofocus onClick={close}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
