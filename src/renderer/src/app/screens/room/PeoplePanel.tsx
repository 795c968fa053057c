import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../ui/Button';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { useAnnouncedAction } from '../../use-busy';
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
  const call = useSnapshot(room.call);
  const { busy, act } = useAnnouncedAction(t('room.actionFailed'));
  const [confirming, setConfirming] = useState<string | null>(null);
  const people = call.room.peers.filter((peer) => peer.peerId !== call.selfId);
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
                <ConfirmActions
                  compact
                  label={t('room.remove')}
                  message={t('room.removeConfirm', { name: peer.displayName })}
                  confirmText={t('room.confirmRemove')}
                  cancelText={t('common.cancel')}
                  busy={busy}
                  onConfirm={() => void act(() => room.remove(peer.peerId))}
                  onCancel={() => setConfirming(null)}
                />
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
