import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../announcer';
import { Button } from '../../ui/Button';
import { useBusy } from '../../use-busy';
import { useSnapshot } from '../../../state/use-snapshot';
import type { FacilitatorRoom, FacilitatorRoomSnapshot } from './facilitator-room';

/** Everyone in the call but the facilitator: microphone, co-facilitation, removal. */
export function PeoplePanel({
  room,
  snapshot,
}: {
  room: FacilitatorRoom;
  snapshot: FacilitatorRoomSnapshot;
}) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const call = useSnapshot(room.call);
  const { busy, perform } = useBusy();
  const [confirming, setConfirming] = useState<string | null>(null);
  const people = call.room.peers.filter((peer) => peer.peerId !== call.selfId);
  const act = async (action: () => Promise<void>) => {
    const result = await perform(action);
    if (result && !result.ok) announce(t('room.actionFailed'));
  };
  return (
    <section className="card room-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('room.peopleTitle', { count: people.length })}</h2>
      {people.length === 0 ? <p className="muted">{t('room.peopleEmpty')}</p> : null}
      <ul className="room-list">
        {people.map((peer) => {
          const held = snapshot.heldMics[peer.peerId] === true;
          const who = <span className="visually-hidden">{peer.displayName}</span>;
          return (
            <li key={peer.peerId} className="room-person">
              <div>
                <p className="room-person-name">{peer.displayName}</p>
                <p className="room-person-state">
                  {t(`call.roles.${peer.role}`)}
                  {peer.connected ? '' : ` · ${t('call.away')}`}
                </p>
              </div>
              {confirming === peer.peerId ? (
                <div className="room-confirm" role="group" aria-label={t('room.remove')}>
                  <p>{t('room.removeConfirm', { name: peer.displayName })}</p>
                  <div className="room-actions">
                    <Button
                      variant="primary"
                      busy={busy}
                      onClick={() => void act(() => room.remove(peer.peerId))}
                    >
                      {t('room.confirmRemove')}
                    </Button>
                    <Button onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
                  </div>
                </div>
              ) : (
                <div className="room-actions">
                  <Button
                    busy={busy}
                    onClick={() => void act(() => room.setMicHeld(peer.peerId, !held))}
                  >
                    {held ? t('room.releaseMic') : t('room.holdMic')} {who}
                  </Button>
                  <Button
                    busy={busy}
                    onClick={() =>
                      void act(() =>
                        room.setCofacilitator(peer.peerId, peer.role !== 'cofacilitator'),
                      )
                    }
                  >
                    {peer.role === 'cofacilitator'
                      ? t('room.makeParticipant')
                      : t('room.makeCofacilitator')}{' '}
                    {who}
                  </Button>
                  <Button variant="quiet" onClick={() => setConfirming(peer.peerId)}>
                    {t('room.remove')} {who}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
