import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/translation';
import { useBusy } from '../app/use-busy';
import { AgreementsText } from './AgreementsView';
import { ChimeToggle } from './ChimeToggle';
import { Countdown } from './Countdown';
import { Dialog } from './Dialog';
import { LiveRegions } from './LiveRegions';
import type { NameOf } from './news-text';
import { placeText } from './place-text';
import type { RoundsClient } from './rounds-client';
import { SpeakerLine } from './SpeakerLine';
import { TalkingPieceNotice } from './TalkingPieceNotice';
import { useRoundNews } from './use-round-news';
import { useSnapshot } from '../state/use-snapshot';
import '../styles/rounds.css';

type ParticipantRoundPanelProps = {
  rounds: RoundsClient;
  nameOf: NameOf;
  /** The agreements text the person accepted in the lobby. */
  agreements: string;
  /** Leaving, when the page has no other way to leave. */
  onLeave?: () => void;
  /** Calls `open` each time staff show the agreements to everyone; returns a stop function. */
  onAgreementsShown?: (open: () => void) => () => void;
};

/**
 * The participant's view of the speaking activity: who speaks and the time
 * left, their own place, "je passe" on their turn, their hand in open
 * floor, the agreements, and why their microphone is held.
 */
export function ParticipantRoundPanel({
  rounds,
  nameOf,
  agreements,
  onLeave,
  onAgreementsShown,
}: ParticipantRoundPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const snapshot = useSnapshot(rounds);
  const news = useRoundNews(rounds, snapshot, nameOf, { warnings: 'ownTurn' });
  const [showAgreements, setShowAgreements] = useState(false);
  /** Opened by the facilitator rather than by the person: the dialog says so. */
  const [shownByStaff, setShownByStaff] = useState(false);
  useEffect(
    () =>
      onAgreementsShown?.(() => {
        setShownByStaff(true);
        setShowAgreements(true);
      }),
    [onAgreementsShown],
  );
  const closeAgreements = () => {
    setShowAgreements(false);
    setShownByStaff(false);
  };
  const { busy, perform } = useBusy();
  const state = snapshot.state;
  const activity = state?.activity ?? null;
  const self = rounds.selfId;
  const speaker = activity && activity.kind !== 'freeTime' ? activity.speaker : null;
  const canPass = activity?.kind === 'round' && activity.passAllowed && speaker === self;
  const inQueue = activity?.kind === 'openFloor' && activity.queue.some((q) => q.peerId === self);
  const place = state ? placeText(t, state, self) : null;
  return (
    <section
      className="rounds-panel"
      aria-labelledby={`${id}-title`}
      data-kind={activity?.kind ?? 'none'}
      data-speaker={speaker ?? undefined}
    >
      <h2 id={`${id}-title`} className="rounds-title">
        {activity ? t(`rounds.kind.${activity.kind}`) : t('rounds.kind.none')}
      </h2>
      {activity === null ? (
        <p className="rounds-idle">{t('rounds.idle')}</p>
      ) : (
        <div className="rounds-now">
          <SpeakerLine activity={activity} selfId={self} nameOf={nameOf} />
          <Countdown client={rounds} onWarning={news.onWarning} />
        </div>
      )}
      {place ? (
        <p className="rounds-place" data-testid="my-place">
          {place}
        </p>
      ) : null}
      {snapshot.micHeld.includes('talkingPiece') ? <TalkingPieceNotice /> : null}
      <div className="rounds-actions">
        {canPass ? (
          <button
            type="button"
            className="button button-primary rounds-big"
            aria-disabled={busy || undefined}
            onClick={() => void perform(() => rounds.pass())}
          >
            {t('rounds.pass')}
          </button>
        ) : null}
        {activity?.kind === 'openFloor' && speaker !== self ? (
          <button
            type="button"
            className={inQueue ? 'button rounds-big' : 'button button-primary rounds-big'}
            aria-pressed={inQueue}
            aria-disabled={busy || undefined}
            onClick={() => void perform(() => (inQueue ? rounds.lowerHand() : rounds.raiseHand()))}
          >
            {inQueue ? t('rounds.lowerHand') : t('rounds.raiseHand')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => setShowAgreements(true)}>
          {t('rounds.showAgreements')}
        </button>
        {onLeave ? (
          <button type="button" className="button button-quiet" onClick={onLeave}>
            {t('rounds.leave')}
          </button>
        ) : null}
      </div>
      <ChimeToggle />
      <Dialog open={showAgreements} onClose={closeAgreements} title={t('rounds.agreementsTitle')}>
        <p className="muted" aria-live="polite" data-testid="agreements-shown-note">
          {shownByStaff ? t('rounds.agreementsShownByStaff') : null}
        </p>
        <AgreementsText text={agreements} />
      </Dialog>
      <LiveRegions polite={news.polite} assertive={news.assertive} />
    </section>
  );
}
