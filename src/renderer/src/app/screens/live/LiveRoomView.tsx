import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useSnapshot } from '../../../state/use-snapshot';
import { Button } from '../../ui/Button';
import { AttendanceNotice } from './AttendanceNotice';
import type { FacilitatorLive } from './facilitator-live';
import { SessionSummaryView } from './SessionSummaryView';
import '../../../styles/live.css';

/**
 * Once the room has closed: the session's summary if the facilitator ended
 * the session (or "ending…" meanwhile), otherwise what the room screen says
 * about a closed room, with the summary one click away.
 */
export function LiveSummaryOr({ live, children }: { live: FacilitatorLive; children: ReactNode }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot(live);
  if (snapshot.summary) {
    return (
      <SessionSummaryView
        summary={snapshot.summary}
        blocks={snapshot.session?.plan.blocks ?? []}
        groupId={snapshot.session?.groupId ?? null}
      />
    );
  }
  return (
    <>
      <AttendanceNotice writes={live.attendance} />
      {snapshot.ending ? (
        <p className="muted">{t('live.end.ending')}</p>
      ) : (
        <>
          {children}
          <section className="card">
            <p>{t('live.end.afterClose')}</p>
            {snapshot.endFailed ? (
              <p className="alert" role="alert">
                {t('live.end.failed')}
              </p>
            ) : null}
            <div>
              <Button variant="primary" onClick={() => void live.end()}>
                {t('live.end.showSummary')}
              </Button>
            </div>
          </section>
        </>
      )}
    </>
  );
}
