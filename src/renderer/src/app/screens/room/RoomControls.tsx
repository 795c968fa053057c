import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../announcer';
import { Button } from '../../ui/Button';
import { useBusy } from '../../use-busy';
import { useSnapshot } from '../../../state/use-snapshot';
import type { FacilitatorRoom } from './facilitator-room';

/** Lock the room, or close it for everyone (after a confirmation). */
export function RoomControls({ room }: { room: FacilitatorRoom }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const call = useSnapshot(room.call);
  const { busy, perform } = useBusy();
  const [confirmClose, setConfirmClose] = useState(false);
  const locked = call.room.locked;
  const act = async (action: () => Promise<void>) => {
    const result = await perform(action);
    if (result && !result.ok) announce(t('room.actionFailed'));
  };
  return (
    <section className="card room-panel" aria-label={t('room.title')}>
      {locked ? <p className="room-locked">{t('room.lockedNote')}</p> : null}
      {confirmClose ? (
        <div className="room-confirm" role="group" aria-label={t('room.close')}>
          <p>{t('room.closeConfirm')}</p>
          <div className="room-actions">
            <Button variant="primary" busy={busy} onClick={() => void act(() => room.close())}>
              {t('room.confirmClose')}
            </Button>
            <Button onClick={() => setConfirmClose(false)}>{t('common.cancel')}</Button>
          </div>
        </div>
      ) : (
        <div className="room-actions">
          <Button busy={busy} onClick={() => void act(() => room.setLocked(!locked))}>
            {locked ? t('room.unlock') : t('room.lock')}
          </Button>
          <Button className="room-close" onClick={() => setConfirmClose(true)}>
            {t('room.close')}
          </Button>
        </div>
      )}
    </section>
  );
}
