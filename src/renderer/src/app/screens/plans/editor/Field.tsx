import type { ReactNode } from 'react';

/** The ids a control names in aria-describedby: its problem first, then its hint, then more. */
export function describedBy(id: string, parts: { hint?: boolean; error?: boolean; more?: string }) {
  const ids = [parts.error ? `${id}-error` : null, parts.hint ? `${id}-hint` : null, parts.more];
  return ids.filter(Boolean).join(' ') || undefined;
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string | null;
  className?: string;
  children: ReactNode;
};

/** Label, hint, the control, and its problem right under it (read with it, see describedBy). */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
