import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../announcer';
import type { FacilitatorRoom, FacilitatorRoomSnapshot } from './facilitator-room';

export function useFacilitatorRoom(room: FacilitatorRoom): FacilitatorRoomSnapshot {
  return useSyncExternalStore(room.subscribe, room.getSnapshot);
}

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
