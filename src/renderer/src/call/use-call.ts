import { useSyncExternalStore } from 'react';
import type { CallClient, CallSnapshot } from './call-client';
import type { Store } from './emitter';

/** The call's state, re-rendered on each change (the client lives outside React). */
export function useCall(client: CallClient): CallSnapshot {
  return useSyncExternalStore(client.subscribe, client.getSnapshot);
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
