import { useTranslation } from '../i18n/translation';
import { agreementItems } from '../call/agreements-text';
import type { JoinFlow, JoinState } from './join-flow';
import { StepHeading } from './StepHeading';

/** Step 3: the group's agreements, to accept before waiting to be let in. */
export function AgreementsStep({
  flow,
  state,
  focus,
}: {
  flow: JoinFlow;
  state: JoinState;
  focus: boolean;
}) {
  const { t } = useTranslation();
  const items = agreementItems(state.intro?.agreements ?? '');
  return (
    <div className="join-step">
      <StepHeading focus={focus}>{t('join.agreements.title')}</StepHeading>
      <p className="join-intro">{t('join.agreements.intro')}</p>
      {items.length > 0 ? (
        <ol className="agreement-list">
          {items.map((item, index) => (
            <li key={index}>
              <strong>{item.title}</strong>
              {item.text ? <p>{item.text}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('join.agreements.empty')}</p>
      )}
      <div className="join-actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={state.busy || undefined}
          onClick={() => void flow.acceptAgreements()}
        >
          {t('join.agreements.accept')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => void flow.leave()}>
          {t('join.agreements.decline')}
        </button>
      </div>
    </div>
  );
}
