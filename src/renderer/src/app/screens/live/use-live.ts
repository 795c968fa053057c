import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { PeerInfo } from '../../../../../shared/signaling';
import type { NameOf } from '../../../rounds/news-text';
import type { FacilitatorLive } from './facilitator-live';

export function usePeers(live: FacilitatorLive): readonly PeerInfo[] {
  return useSyncExternalStore(live.subscribeRoom, live.peers);
}

/** Names by peer id, also of people who left; "une personne partie" if never seen. */
export function useNameOf(live: FacilitatorLive): NameOf {
  const { t } = useTranslation();
  const peers = usePeers(live);
  return useCallback(
    (peerId: string) =>
      peers.find((peer) => peer.peerId === peerId)?.displayName ??
      live.nameOf(peerId) ??
      t('rounds.someoneGone'),
    [peers, live, t],
  );
}

/** The time, re-read every `ms` (for the agenda's actual times, not countdowns). */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
