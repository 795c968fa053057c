import type { ReactNode, Ref } from 'react';
import { Button } from './Button';

type ConfirmActionsProps = {
  /** Names the group for screen readers ("Supprimer le plan X"). */
  label: string;
  /** What will happen, in words. */
  message: ReactNode;
  confirmText: string;
  cancelText: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** Where focus goes when the question appears (the rows' focus registries). */
  confirmRef?: Ref<HTMLButtonElement>;
  /** The smaller form of the room's panels and the live toolbar. */
  compact?: boolean;
  className?: string;
};

/**
 * "Are you sure?" before something that cannot be undone (delete, cancel,
 * remove, close): the question, a red confirm button and a way back. Escape
 * is the way back too.
 */
export function ConfirmActions({
  label,
  message,
  confirmText,
  cancelText,
  busy = false,
  onConfirm,
  onCancel,
  confirmRef,
  compact = false,
  className,
}: ConfirmActionsProps) {
  const box = compact ? 'room-confirm' : 'confirm';
  return (
    <div
      className={className ? `${box} ${className}` : box}
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p>{message}</p>
      <div className={compact ? 'room-actions' : 'field-actions'}>
        <Button
          ref={confirmRef}
          variant="primary"
          className="button-danger"
          busy={busy}
          onClick={onConfirm}
        >
          {confirmText}
        </Button>
        {/* In a row, the way back waits too while the action is in flight. */}
        <Button
          variant={compact ? 'secondary' : 'quiet'}
          busy={compact ? false : busy}
          onClick={onCancel}
        >
          {cancelText}
        </Button>
      </div>
    </div>
  );
}
