import { useEffect } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useAnnounce } from '../../announcer';
import type { FacilitatorRoomSnapshot } from './facilitator-room';

/** Says what happened in the room (someone waiting, admitted…) in the screen's live region. */
export function useRoomAnnouncements(snapshot: FacilitatorRoomSnapshot): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const announcement = snapshot.announcement;
  useEffect(() => {
    if (!announcement) return;
    const { value } = announcement;
    announce(
      'name' in value
        ? t(`room.announce.${value.kind}`, { name: value.name })
        : t(`room.announce.${value.kind}`),
    );
  }, [announcement, announce, t]);
}
