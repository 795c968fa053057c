import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Session } from '../../../../../shared/sessions';
import { useApi } from '../../api-context';
import { routeHash } from '../../router';
import { useAnnounce } from '../../announcer';
import { Button } from '../../ui/Button';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { useBusy } from '../../use-busy';
import { AgreementReadOnly } from '../agreements/AgreementReadOnly';
import { PlanTimetable } from '../plans/PlanTimetable';
import { localClock, useDateTimeFormat, useSessionDateFormat } from './session-format';
import { SessionStatus } from './SessionStatus';
import type { SessionData } from './use-session';

type SessionDetailsProps = {
  data: SessionData;
  onChanged(session: Session): void;
};

/** A session as it was scheduled: its frozen plan (read-only, timed) and its agreements. */
export function SessionDetails({ data, onChanged }: SessionDetailsProps) {
  const { session, group } = data;
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const id = useId();
  const formatDate = useSessionDateFormat();
  const formatDateTime = useDateTimeFormat();
  const { busy, perform } = useBusy();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Times count from when the session is, not from the plan's preview start.
  const start = localClock(session.scheduledAt);
  const upcoming = session.status === 'scheduled' && session.scheduledAt >= data.loadedAt;

  const cancel = async () => {
    const outcome = await perform(() => api.sessions.cancel({ id: session.id }));
    if (!outcome) return;
    setConfirming(false);
    if (!outcome.ok) {
      setError(t(`errors.${outcome.error.code}`));
      return;
    }
    onChanged(outcome.value);
    announce(t('prep.sessions.announce.cancelled', { when: formatDate(session.scheduledAt) }));
  };

  return (
    <>
      <section className="card" aria-labelledby={`${id}-about`}>
        <h2 id={`${id}-about`}>{t('prep.session.aboutTitle')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('prep.sessions.group')}</dt>
            <dd>{group?.name ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('prep.session.when')}</dt>
            <dd>{formatDate(session.scheduledAt)}</dd>
          </div>
          <div>
            <dt>{t('prep.session.status')}</dt>
            <dd>
              <SessionStatus session={session} upcoming={upcoming} />
            </dd>
          </div>
          <div>
            <dt>{t('prep.session.plan')}</dt>
            <dd>{session.plan.name}</dd>
          </div>
        </dl>
        {session.status === 'scheduled' ? (
          <p>
            <a
              className="button button-primary"
              href={routeHash({ screen: 'room', sessionId: session.id })}
            >
              {t('room.open')}
            </a>
          </p>
        ) : null}
        {session.status === 'scheduled' && upcoming ? (
          confirming ? (
            <ConfirmActions
              label={t('prep.sessions.confirmLabel', { when: formatDate(session.scheduledAt) })}
              message={t('prep.sessions.confirmCancel', { when: formatDate(session.scheduledAt) })}
              confirmText={t('prep.sessions.confirmYes')}
              cancelText={t('prep.sessions.confirmNo')}
              busy={busy}
              onConfirm={() => void cancel()}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <div>
              <Button busy={busy} onClick={() => setConfirming(true)}>
                {t('prep.sessions.cancel')}
              </Button>
            </div>
          )
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby={`${id}-plan`}>
        <div className="section-head">
          <h2 id={`${id}-plan`}>{t('prep.session.planTitle', { name: session.plan.name })}</h2>
          <p className="muted">
            {t('prep.session.frozen', { date: formatDateTime(session.createdAt) })}
          </p>
        </div>
        <PlanTimetable
          plan={session.plan}
          startTime={start}
          caption={t('prep.session.planTitle', { name: session.plan.name })}
        />
      </section>

      <section className="card" aria-labelledby={`${id}-agreements`}>
        <div className="section-head">
          <h2 id={`${id}-agreements`}>
            {session.agreements
              ? t('prep.session.agreementsTitle', { version: session.agreements.version })
              : t('prep.session.agreementsNone')}
          </h2>
          {session.agreements ? (
            <p className="muted">
              {t('prep.session.agreementsSaved', {
                date: formatDateTime(session.agreements.createdAt),
              })}
            </p>
          ) : null}
        </div>
        {session.agreements ? <AgreementReadOnly items={session.agreements.items} /> : null}
      </section>
    </>
  );
}
