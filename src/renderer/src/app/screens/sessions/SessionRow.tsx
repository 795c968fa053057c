import type { RefCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../../shared/sessions';
import { routeHash } from '../../router';
import { Button } from '../../ui/Button';
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
        <div
          className="confirm"
          role="group"
          aria-label={t('prep.sessions.confirmLabel', { when })}
          onKeyDown={(event) => {
            if (event.key === 'Escape') props.onKeep();
          }}
        >
          <p>{t('prep.sessions.confirmCancel', { when })}</p>
          <div className="field-actions">
            <Button
              ref={focusRef('confirm')}
              variant="primary"
              className="button-danger"
              busy={busy}
              onClick={props.onConfirmCancel}
            >
              {t('prep.sessions.confirmYes')}
            </Button>
            <Button variant="quiet" busy={busy} onClick={props.onKeep}>
              {t('prep.sessions.confirmNo')}
            </Button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
