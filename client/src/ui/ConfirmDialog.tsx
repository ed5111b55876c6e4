import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { onSubmit } from './form';

interface Props {
  open: boolean;
  title: string;
  /** What will happen, said before it happens: who is e-mailed, what cannot be undone. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** The action destroys or cannot be taken back: the confirming button says so by its colour. */
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  /** The dialog's form, when what it says holds a field (the reason of a cancellation). */
  formRef?: RefObject<HTMLFormElement | null>;
  /** The person changed their mind (the cancel button, Escape): nothing happened. */
  onCancel: () => void;
}

/**
 * Asks before an irreversible action, in a modal native <dialog>: the focus starts on its first control
 * (the field to fill, else "cancel", so a hurried Enter does nothing), Escape cancels, and the focus
 * returns to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
  pending = false,
  onConfirm,
  onCancel,
  formRef,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  useEffect(() => () => dialogRef.current?.close(), []);

  return (
    <dialog
      ref={dialogRef}
      className="dialog confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      data-testid="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
      // Back where the person was; an opener gone with the action (a button replaced by its result) is left alone.
      onClose={() => {
        if (openerRef.current?.isConnected) openerRef.current.focus();
      }}
    >
      {open && (
        <form ref={formRef} className="form" noValidate onSubmit={onSubmit(() => !pending && onConfirm())}>
          <h2 id={`${id}-title`} className="dialog__title">
            {title}
          </h2>
          <div id={`${id}-what`} className="confirm-dialog__what">
            {children}
          </div>
          <div className="form__actions">
            <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
              {cancelLabel ?? t('form.cancel')}
            </button>
            <button type="submit" className={danger ? 'button button--danger' : 'button'} aria-disabled={pending}>
              {pending ? t('form.sending') : confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
