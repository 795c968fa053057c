import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../ui/Button';
import { useAnnouncedAction } from '../../use-busy';
import type { FacilitatorRoom, FacilitatorRoomSnapshot } from './facilitator-room';

/** Who waits, whether they accepted the agreements; let them in or decline. */
export function LobbyPanel({
  room,
  snapshot,
}: {
  room: FacilitatorRoom;
  snapshot: FacilitatorRoomSnapshot;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { busy, act } = useAnnouncedAction(t('room.actionFailed'));
  return (
    <section className="card room-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('room.lobbyTitle', { count: snapshot.lobby.length })}</h2>
      {snapshot.lobby.length === 0 ? (
        <p className="muted">{t('room.lobbyEmpty')}</p>
      ) : (
        <ul className="room-list">
          {snapshot.lobby.map((entry) => (
            <li key={entry.peerId} className="room-person">
              <div>
                <p className="room-person-name">{entry.displayName}</p>
                <p className="room-person-state" id={`${id}-${entry.peerId}`}>
                  {entry.acknowledged ? t('room.acknowledged') : t('room.reading')}
                  {entry.connected ? '' : ` · ${t('room.disconnected')}`}
                </p>
              </div>
              <div className="room-actions">
                <Button
                  variant="primary"
                  busy={busy || !entry.acknowledged}
                  aria-describedby={entry.acknowledged ? undefined : `${id}-${entry.peerId}-wait`}
                  onClick={() => void act(() => room.admit(entry.peerId))}
                >
                  {t('room.admit')} <span className="visually-hidden">{entry.displayName}</span>
                </Button>
                <Button busy={busy} onClick={() => void act(() => room.decline(entry.peerId))}>
                  {t('room.decline')} <span className="visually-hidden">{entry.displayName}</span>
                </Button>
              </div>
              {entry.acknowledged ? null : (
                <p id={`${id}-${entry.peerId}-wait`} className="field-hint">
                  {t('room.admitNeedsAgreements')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
