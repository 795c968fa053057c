import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/translation';
import type { Role } from '../../../shared/signaling';
import { hueIndex, initials } from './initials';
import type { Quality } from './quality';
import { VideoSurface } from './VideoSurface';

export type TileModel = {
  peerId: string;
  name: string;
  role: Role;
  isSelf: boolean;
  video: MediaStreamTrack | null;
  micOff: boolean;
  /** The facilitator holds this microphone paused. */
  micHeld: boolean;
  audioOnly: boolean;
  /** The seat is kept while the person reconnects. */
  away: boolean;
  speaking: boolean;
  /** How well this person's media flows (one's own tile: one's own connection); null: not known yet. */
  quality: Quality | null;
  /** Their picture is stopped because none of its layers fits our downlink. */
  pictureStalled: boolean;
};

/** Bars for the eye, words for everyone: the word is read out and shown unless all is well. */
function QualityMark({ quality }: { quality: Quality }) {
  const { t } = useTranslation();
  const bars = quality === 'good' ? 3 : quality === 'fair' ? 2 : 1;
  return (
    <span className="tile-quality" data-quality={quality}>
      <span className="tile-quality-bars" aria-hidden="true">
        {[1, 2, 3].map((bar) => (
          <span key={bar} className={bar <= bars ? 'on' : undefined} />
        ))}
      </span>
      <span className={quality === 'good' ? 'visually-hidden' : undefined}>
        {t(`call.quality.${quality}`)}
      </span>
    </span>
  );
}

/** One person: their picture, or their initials on a coloured disc when there is none. */
export function Tile({
  tile,
  actions,
  onVideoHeight,
}: {
  tile: TileModel;
  actions?: ReactNode;
  /** The picture's height on screen (CSS pixels), to receive a simulcast layer that fits. */
  onVideoHeight?: (height: number) => void;
}) {
  const { t } = useTranslation();
  const name = tile.isSelf ? t('call.you', { name: tile.name }) : tile.name;
  return (
    <li className="tile" data-speaking={tile.speaking || undefined} data-peer={tile.peerId}>
      <div className="tile-media">
        {tile.video ? (
          <VideoSurface
            track={tile.video}
            mirrored={tile.isSelf}
            remote={!tile.isSelf}
            {...(onVideoHeight ? { onHeight: onVideoHeight } : {})}
          />
        ) : (
          <div className={`tile-avatar hue-${hueIndex(tile.peerId)}`} aria-hidden="true">
            {initials(tile.name)}
          </div>
        )}
        {tile.speaking ? (
          <span className="tile-speaking" aria-hidden="true">
            {t('call.speaking')}
          </span>
        ) : null}
      </div>
      <div className="tile-caption">
        <span className="tile-name">{name}</span>
        <span className="tile-badges">
          {tile.role !== 'participant' ? (
            <span className="tile-badge">{t(`call.roles.${tile.role}`)}</span>
          ) : null}
          {tile.audioOnly ? <span className="tile-badge">{t('call.audioOnly')}</span> : null}
          {tile.micOff ? (
            <span className="tile-badge tile-badge-muted">
              {t(tile.micHeld ? 'call.micHeld' : 'call.micOff')}
            </span>
          ) : null}
          {tile.away ? <span className="tile-badge">{t('call.away')}</span> : null}
          {tile.pictureStalled ? (
            <span className="tile-badge">{t('call.pictureStalled')}</span>
          ) : null}
          {tile.quality && !tile.away ? <QualityMark quality={tile.quality} /> : null}
        </span>
        {actions}
      </div>
    </li>
  );
}
