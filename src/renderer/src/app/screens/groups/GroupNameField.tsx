import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { type NameIssue, useNameIssueText } from './name-issue';

type GroupNameFieldProps = {
  id: string;
  label: ReactNode;
  hint?: string;
  value: string;
  issue: NameIssue | null;
  onChange(value: string): void;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
  inputRef?: Ref<HTMLInputElement>;
  /** Buttons that sit on the same line as the input. */
  actions: ReactNode;
};

/** A group name input whose problem is shown beside it and read with it. */
export function GroupNameField({
  id,
  label,
  hint,
  value,
  issue,
  onChange,
  onKeyDown,
  inputRef,
  actions,
}: GroupNameFieldProps) {
  const issueText = useNameIssueText();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [issue ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="field-row">
        <input
          id={id}
          ref={inputRef}
          className="input"
          type="text"
          value={value}
          autoComplete="off"
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="field-actions">{actions}</div>
      </div>
      {issue ? (
        <p id={errorId} className="field-error">
          {issueText(issue)}
        </p>
      ) : null}
    </div>
  );
}
