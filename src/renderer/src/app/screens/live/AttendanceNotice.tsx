import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useSnapshot } from '../../../state/use-snapshot';
import { useAnnounce } from '../../announcer';
import { Button } from '../../ui/Button';
import type { OrderedWrites } from './ordered-writes';

/**
 * An attendance write the main process refused, on the live screen: said
 * aloud (aria-live), with what waits and a retry. The writes set states, so
 * retrying one that had landed after all counts nothing twice.
 */
export function AttendanceNotice({ writes }: { writes: OrderedWrites }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { status, waiting, failure, retrying, recoveries } = useSnapshot(writes);
  const failed = status === 'failed';

  // Said once per recovery, not again when the screen is shown anew.
  const told = useRef(recoveries);
  useEffect(() => {
    if (recoveries === told.current) return;
    told.current = recoveries;
    announce(t('live.attendance.recovered'));
  }, [recoveries, announce, t]);

  const message = t('live.attendance.failed', { count: waiting });
  return (
    <>
      <div className="visually-hidden" role="alert" aria-live="assertive">
        {failed ? message : ''}
      </div>
      {failed || retrying ? (
        <div className="alert" data-testid="attendance-failed">
          <p>
            {message} {failure ? t(`errors.${failure}`) : null}
          </p>
          <p>{t('live.attendance.kept')}</p>
          <div>
            <Button busy={retrying} onClick={() => writes.retry()}>
              {retrying ? t('live.attendance.retrying') : t('live.attendance.retry')}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
}
