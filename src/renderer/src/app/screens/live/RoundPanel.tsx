import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { ChimeToggle } from '../../../rounds/ChimeToggle';
import { Countdown } from '../../../rounds/Countdown';
import { LiveRegions } from '../../../rounds/LiveRegions';
import { SpeakerLine } from '../../../rounds/SpeakerLine';
import { useRoundNews } from '../../../rounds/use-round-news';
import { useSnapshot } from '../../../state/use-snapshot';
import { useAnnounce } from '../../announcer';
import type { FacilitatorLive } from './facilitator-live';
import { HandQueue } from './HandQueue';
import { QuickStart } from './QuickStart';
import { RoundChoicesForm } from './RoundChoicesForm';
import { RoundControls } from './RoundControls';
import { TalkingOrder } from './TalkingOrder';
import { TalkingPieceSwitch } from './TalkingPieceSwitch';
import { useNameOf } from './use-live';

/** The round under way: who speaks, time left, the controls, the order or the hand queue. */
export function RoundPanel({ live }: { live: FacilitatorLive }) {
  const { t } = useTranslation();
  const id = useId();
  const rounds = live.rounds;
  const snapshot = useSnapshot(rounds);
  const { choices } = useSnapshot(live);
  const nameOf = useNameOf(live);
  const news = useRoundNews(rounds, snapshot, nameOf, { warnings: 'all' });
  const announce = useAnnounce();
  const activity = snapshot.state?.activity ?? null;
  const speaker = activity && activity.kind !== 'freeTime' ? activity.speaker : null;
  return (
    <section
      className="card live-round"
      aria-labelledby={`${id}-title`}
      data-kind={activity?.kind ?? 'none'}
      data-speaker={speaker ?? undefined}
    >
      <div className="live-round-head">
        <h2 id={`${id}-title`}>
          {activity ? t(`rounds.kind.${activity.kind}`) : t('live.round.idleTitle')}
        </h2>
        {activity && activity.kind !== 'freeTime' ? (
          <TalkingPieceSwitch rounds={rounds} on={snapshot.talkingPiece} />
        ) : null}
      </div>
      {activity === null ? (
        <>
          <p className="live-hint">{t('live.round.idle')}</p>
          <RoundChoicesForm live={live} choices={choices} />
          <QuickStart live={live} />
        </>
      ) : (
        <>
          <div className="rounds-now live-now">
            <SpeakerLine activity={activity} selfId={rounds.selfId} nameOf={nameOf} />
            <Countdown client={rounds} onWarning={news.onWarning} />
          </div>
          <RoundControls rounds={rounds} activity={activity} />
          {activity.kind === 'round' ? (
            <TalkingOrder rounds={rounds} round={activity} nameOf={nameOf} onMoved={announce} />
          ) : null}
          {activity.kind === 'openFloor' ? (
            <HandQueue rounds={rounds} floor={activity} nameOf={nameOf} />
          ) : null}
        </>
      )}
      <ChimeToggle />
      <LiveRegions polite={news.polite} assertive={news.assertive} />
    </section>
  );
}
