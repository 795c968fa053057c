import { useId, useRef } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useAnnounce } from '../../announcer';
import { Button } from '../../ui/Button';
import { useBusy } from '../../use-busy';
import type { FacilitatorRoom, FacilitatorRoomSnapshot } from './facilitator-room';

/**
 * The link to send, a Copy button, and "Nouveau lien": a fresh link that
 * makes every older one fail (the server refuses them), for a link that
 * travelled too far.
 */
export function InvitePanel({
  room,
  snapshot,
}: {
  room: FacilitatorRoom;
  snapshot: FacilitatorRoomSnapshot;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const { busy, perform } = useBusy();
  const renewedAt = snapshot.invite.renewedAt;
  const expires = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(snapshot.invite.expiresAt);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snapshot.invite.url);
      announce(t('room.copied'));
    } catch {
      input.current?.focus();
      input.current?.select();
      announce(t('room.copyFailed'));
    }
  };

  return (
    <section className="card room-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('room.inviteTitle')}</h2>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-link`}>
          {t('room.inviteLabel')}
        </label>
        <input
          ref={input}
          id={`${id}-link`}
          className="input invite-link"
          readOnly
          value={snapshot.invite.url}
          aria-describedby={`${id}-expires`}
          onFocus={(event) => event.target.select()}
        />
        <p id={`${id}-expires`} className="field-hint">
          {t('room.inviteExpires', { date: expires })}
        </p>
        {renewedAt !== undefined ? (
          <p className="field-hint invite-renewed">
            {t('room.inviteRenewed', {
              time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
                renewedAt,
              ),
            })}
          </p>
        ) : null}
      </div>
      <div className="room-actions">
        <Button variant="primary" onClick={() => void copy()}>
          {t('room.copy')}
        </Button>
        <Button
          busy={busy}
          aria-describedby={`${id}-renew-hint`}
          onClick={async () => {
            const result = await perform(() => room.newInvite());
            if (result) announce(t(result.ok ? 'room.newInviteDone' : 'room.actionFailed'));
          }}
        >
          {t('room.newInvite')}
        </Button>
      </div>
      <p id={`${id}-renew-hint`} className="field-hint">
        {t('room.newInviteHint')}
      </p>
    </section>
  );
}
