import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/translation';
import '../styles/rounds.css';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Extra class for the dialog (its width, its colours). */
  className?: string;
};

/**
 * A modal dialog on the native <dialog>: focus moves in and is kept there,
 * Escape closes it, and focus goes back to the button that opened it.
 */
export function Dialog({ open, onClose, title, children, className }: DialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      {open ? (
        <div className="dialog-body">
          <div className="dialog-head">
            <h2 id={`${id}-title`}>{title}</h2>
            <button type="button" className="button button-quiet" onClick={onClose}>
              {t('rounds.close')}
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
