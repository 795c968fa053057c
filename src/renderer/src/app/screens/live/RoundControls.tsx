import { useTranslation } from '../../../i18n/translation';
import type { Activity } from '../../../../../shared/rounds';
import type { RoundsClient } from '../../../rounds/rounds-client';
import { Button } from '../../ui/Button';

/** Next, pass, more time, pause, back, end: large buttons, each with its shortcut shown. */
export function RoundControls({ rounds, activity }: { rounds: RoundsClient; activity: Activity }) {
  const { t } = useTranslation();
  const paused = activity.timer !== null && activity.timer.runningSince === null;
  const pause = activity.timer ? (
    <Button onClick={() => void rounds.togglePause()} aria-keyshortcuts="P">
      {paused ? t('live.controls.resume') : t('live.controls.pause')}
    </Button>
  ) : null;
  const end = (
    <Button className="live-danger" onClick={() => void rounds.endActivity()}>
      {t(`live.controls.end.${activity.kind}`)}
    </Button>
  );
  if (activity.kind === 'freeTime') {
    return (
      <div className="live-controls" role="group" aria-label={t('live.controls.label')}>
        <Button onClick={() => void rounds.extend(60_000)} aria-keyshortcuts="E">
          {t('live.controls.plus1min')}
        </Button>
        <Button onClick={() => void rounds.extend(300_000)}>{t('live.controls.plus5min')}</Button>
        {pause}
        {end}
      </div>
    );
  }
  if (activity.kind === 'openFloor') {
    return (
      <div className="live-controls" role="group" aria-label={t('live.controls.label')}>
        <Button variant="primary" onClick={() => void rounds.next()} aria-keyshortcuts="N">
          {activity.queue.length > 0 ? t('live.controls.nextHand') : t('live.controls.closeFloor')}
        </Button>
        {activity.queue.length > 0 ? (
          <Button onClick={() => void rounds.clearQueue()}>{t('live.controls.clearQueue')}</Button>
        ) : null}
        {end}
      </div>
    );
  }
  const speaking = activity.speaker !== null;
  return (
    <div className="live-controls" role="group" aria-label={t('live.controls.label')}>
      {speaking ? (
        <Button variant="primary" onClick={() => void rounds.next()} aria-keyshortcuts="N">
          {t('live.controls.next')}
        </Button>
      ) : null}
      {speaking && activity.passAllowed ? (
        <Button onClick={() => void rounds.pass(activity.speaker ?? undefined)}>
          {t('live.controls.pass')}
        </Button>
      ) : null}
      {speaking ? (
        <>
          <Button onClick={() => void rounds.extend(30_000)} aria-keyshortcuts="E">
            {t('live.controls.plus30s')}
          </Button>
          <Button onClick={() => void rounds.extend(60_000)} aria-keyshortcuts="Shift+E">
            {t('live.controls.plus1min')}
          </Button>
        </>
      ) : null}
      {pause}
      <Button onClick={() => void rounds.back()}>{t('live.controls.back')}</Button>
      {end}
    </div>
  );
}
