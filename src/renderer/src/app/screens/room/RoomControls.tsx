import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../ui/Button';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { useAnnouncedAction } from '../../use-busy';
import { useSnapshot } from '../../../state/use-snapshot';
import type { FacilitatorRoom } from './facilitator-room';

/** Lock the room, or close it for everyone (after a confirmation). */
export function RoomControls({ room }: { room: FacilitatorRoom }) {
  const { t } = useTranslation();
  const call = useSnapshot(room.call);
  const { busy, act } = useAnnouncedAction(t('room.actionFailed'));
  const [confirmClose, setConfirmClose] = useState(false);
  const locked = call.room.locked;
  return (
    <section className="card room-panel" aria-label={t('room.title')}>
      {locked ? <p className="room-locked">{t('room.lockedNote')}</p> : null}
      {confirmClose ? (
        <ConfirmActions
          compact
          label={t('room.close')}
          message={t('room.closeConfirm')}
          confirmText={t('room.confirmClose')}
          cancelText={t('common.cancel')}
          busy={busy}
          onConfirm={() => void act(() => room.close())}
          onCancel={() => setConfirmClose(false)}
        />
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
