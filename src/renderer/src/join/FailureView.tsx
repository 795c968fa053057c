import { useTranslation } from '../i18n/translation';
import { actionOf, type JoinFailure } from './failures';
import type { JoinFlow } from './join-flow';
import { StepHeading } from './StepHeading';

/** Why joining stopped, in plain words, with the next step and a way back where one exists. */
export function FailureView({
  flow,
  failure,
  focus,
}: {
  flow: JoinFlow;
  failure: JoinFailure;
  focus: boolean;
}) {
  const { t } = useTranslation();
  const action = actionOf(failure);
  return (
    <div className="join-step" data-failure={failure}>
      <StepHeading focus={focus}>{t(`join.failures.${failure}.title`)}</StepHeading>
      <div className={failure === 'left' ? 'card' : 'alert'}>
        <p>{t(`join.failures.${failure}.body`)}</p>
        <p>
          <strong>{t(`join.failures.${failure}.next`)}</strong>
        </p>
      </div>
      {action ? (
        <div className="join-actions">
          <button type="button" className="button button-primary" onClick={() => flow.restart()}>
            {action === 'retry' ? t('join.retry') : t('join.rejoin')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
