import type { RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Session } from '../../../../../shared/sessions';
import { routeHash } from '../../router';
import { Button } from '../../ui/Button';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { useSessionDateFormat } from './session-format';
import { SessionStatus } from './SessionStatus';

type SessionRowProps = {
  session: Session;
  upcoming: boolean;
  busy: boolean;
  confirming: boolean;
  error: string | null;
  focusRef(action: 'open' | 'cancel' | 'confirm'): RefCallback<HTMLElement>;
  onAskCancel(): void;
  onConfirmCancel(): void;
  onKeep(): void;
};

/** A session: when, with which plan and agreements, its status; cancel while it is ahead. */
export function SessionRow(props: SessionRowProps) {
  const { session, upcoming, busy, confirming, error, focusRef } = props;
  const { t } = useTranslation();
  const formatDate = useSessionDateFormat();
  const when = formatDate(session.scheduledAt);
  const canCancel = upcoming && session.status === 'scheduled';
  return (
    <li className="session-row">
      <div className="plan-line">
        <div className="plan-text">
          <h3 className="plan-name">
            <a
              ref={focusRef('open')}
              href={routeHash({ screen: 'session', sessionId: session.id })}
            >
              {when}
            </a>
          </h3>
          <p className="plan-meta">
            {session.agreementVersion !== null
              ? t('prep.sessions.rowMeta', {
                  plan: session.plan.name,
                  version: session.agreementVersion,
                })
              : t('prep.sessions.rowMetaNoAgreements', { plan: session.plan.name })}
          </p>
        </div>
        <div className="plan-actions">
          <SessionStatus session={session} upcoming={upcoming} />
          {canCancel ? (
            <Button
              ref={focusRef('cancel')}
              variant="quiet"
              busy={busy}
              onClick={props.onAskCancel}
            >
              {t('prep.sessions.cancel')}
              <span className="visually-hidden"> {t('prep.sessions.forSession', { when })}</span>
            </Button>
          ) : null}
        </div>
      </div>
      {confirming ? (
        <ConfirmActions
          label={t('prep.sessions.confirmLabel', { when })}
          message={t('prep.sessions.confirmCancel', { when })}
          confirmText={t('prep.sessions.confirmYes')}
          cancelText={t('prep.sessions.confirmNo')}
          busy={busy}
          confirmRef={focusRef('confirm')}
          onConfirm={props.onConfirmCancel}
          onCancel={props.onKeep}
        />
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
