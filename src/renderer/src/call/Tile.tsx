import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/signaling';
import { hueIndex, initials } from './initials';
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
};

/** One person: their picture, or their initials on a coloured disc when there is none. */
export function Tile({ tile, actions }: { tile: TileModel; actions?: ReactNode }) {
  const { t } = useTranslation();
  const name = tile.isSelf ? t('call.you', { name: tile.name }) : tile.name;
  return (
    <li className="tile" data-speaking={tile.speaking || undefined} data-peer={tile.peerId}>
      <div className="tile-media">
        {tile.video ? (
          <VideoSurface track={tile.video} mirrored={tile.isSelf} remote={!tile.isSelf} />
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
        </span>
        {actions}
      </div>
    </li>
  );
}
