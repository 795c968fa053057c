import { useSyncExternalStore } from 'react';
import type { Readable } from './store';

/** The state of an object that lives outside React, re-rendered on each change. */
export function useSnapshot<T>(source: Readable<T>): T {
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
