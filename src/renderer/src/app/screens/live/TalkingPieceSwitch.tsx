import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { RoundsClient } from '../../../rounds/rounds-client';

/**
 * Talking-piece mode on or off. The switch moves at once and settles on what
 * the server says once it answered (back, if it refused).
 */
export function TalkingPieceSwitch({ rounds, on }: { rounds: RoundsClient; on: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [asked, setAsked] = useState<boolean | null>(null);
  return (
    <label className="rounds-switch live-piece" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-keyshortcuts="M"
        checked={asked ?? on}
        onChange={(event) => {
          const next = event.target.checked;
          setAsked(next);
          void rounds.setTalkingPiece(next).finally(() => setAsked(null));
        }}
      />
      <span>{t('live.round.talkingPiece')}</span>
    </label>
  );
}
