import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/translation';
import type { JoinFlow, JoinState } from './join-flow';
import type { NameProblem } from './name-problem';
import { StepHeading } from './StepHeading';

function ProblemText({ problem }: { problem: NameProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'empty':
      return t('join.name.errors.empty');
    case 'tooLong':
      return t('join.name.errors.tooLong', { length: problem.length });
    case 'controlChars':
      return t('join.name.errors.controlChars');
  }
}

/** Step 1: the name the group will see; a pseudonym is fine, and the page says so. */
export function NameStep({
  flow,
  state,
  focus,
}: {
  flow: JoinFlow;
  state: JoinState;
  focus: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(state.name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void flow.submitName(name);
  };
  const problem = state.nameProblem;
  return (
    <form className="join-step" onSubmit={submit} noValidate>
      <StepHeading focus={focus}>{t('join.name.title')}</StepHeading>
      <p className="join-intro">{t('join.name.intro')}</p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          {t('join.name.label')}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {t('join.name.hint')}
        </p>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          autoComplete="nickname"
          maxLength={200}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error ${id}-hint` : `${id}-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        {problem ? (
          <p id={`${id}-error`} className="field-error">
            <ProblemText problem={problem} />
          </p>
        ) : null}
      </div>
      <div className="join-actions">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={state.busy || undefined}
        >
          {state.busy ? t('join.name.connecting') : t('join.continue')}
        </button>
      </div>
    </form>
  );
}
