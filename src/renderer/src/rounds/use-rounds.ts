import { useSyncExternalStore } from 'react';
import type { RoundsClient, RoundsSnapshot } from './rounds-client';

/** The speaking activity, re-rendered on each change (the client lives outside React). */
export function useRounds(client: RoundsClient): RoundsSnapshot {
  return useSyncExternalStore(client.subscribe, client.getSnapshot);
}
