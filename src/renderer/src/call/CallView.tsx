import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/translation';
import type { PeerInfo } from '../../../shared/signaling';
import type { CallClient } from './call-client';
import { CallControls } from './CallControls';
import { noticeText } from './notice-text';
import { Tile } from './Tile';
import { tilesOf } from './tiles';
import { useSnapshot } from '../state/use-snapshot';
import '../styles/call.css';

type CallViewProps = {
  client: CallClient;
  /** Participants leave; the facilitator closes the room from their own screen. */
  onLeave?: () => void;
  /** Extra buttons under a person's tile (the facilitator's moderation). */
  tileActions?: (peer: PeerInfo) => ReactNode;
};

/** The call, the same on the participant page and in the facilitator's app. */
export function CallView({ client, onLeave, tileActions }: CallViewProps) {
  const { t } = useTranslation();
  const snapshot = useSnapshot(client);
  const tiles = tilesOf(snapshot);
  const peers = new Map(snapshot.room.peers.map((peer) => [peer.peerId, peer]));
  const banner =
    snapshot.phase === 'reconnecting'
      ? t('call.phase.reconnecting')
      : snapshot.phase === 'connecting'
        ? t('call.phase.connecting')
        : null;
  return (
    <section className="call" aria-label={t('call.peopleLabel', { count: tiles.length })}>
      <p className="call-privacy">
        <span className="call-privacy-mark" aria-hidden="true" />
        {t('call.noRecording')}
      </p>
      {/* Said once by screen readers; the lasting states are in the banners below. */}
      <div className="visually-hidden" role="status" aria-live="polite">
        {snapshot.notice ? (
          <span key={snapshot.notice.serial}>{noticeText(t, snapshot.notice.notice)}</span>
        ) : null}
      </div>
      {banner ? <p className="call-banner">{banner}</p> : null}
      {snapshot.held.audio ? (
        <p className="call-banner call-banner-held">{t('call.held.audio')}</p>
      ) : null}
      {snapshot.held.video ? (
        <p className="call-banner call-banner-held">{t('call.held.video')}</p>
      ) : null}
      {snapshot.mediaProblem ? (
        <p className="call-banner call-banner-problem" role="alert">
          {t(`call.mediaProblem.${snapshot.mediaProblem}`)}
        </p>
      ) : null}
      {snapshot.videoDropped ? (
        <p className="call-banner call-banner-held">
          {t('call.weakDownlink')}{' '}
          <button type="button" className="button" onClick={() => void client.retryVideo()}>
            {t('call.controls.retryVideo')}
          </button>
        </p>
      ) : null}
      {snapshot.audioBlocked ? (
        <p className="call-banner">
          {t('call.audioBlocked')}{' '}
          <button type="button" className="button" onClick={() => client.unlockAudio()}>
            {t('call.controls.enableSound')}
          </button>
        </p>
      ) : null}
      <ul className="tiles" data-count={Math.min(tiles.length, 9)}>
        {tiles.map((tile) => {
          const peer = peers.get(tile.peerId);
          return (
            <Tile
              key={tile.peerId}
              tile={tile}
              {...(tile.isSelf
                ? {}
                : {
                    onVideoHeight: (height: number) => client.preferTileHeight(tile.peerId, height),
                  })}
              actions={peer && tileActions && !tile.isSelf ? tileActions(peer) : undefined}
            />
          );
        })}
      </ul>
      <CallControls client={client} snapshot={snapshot} {...(onLeave ? { onLeave } : {})} />
    </section>
  );
}
