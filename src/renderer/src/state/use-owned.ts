import { useEffect, useState } from 'react';
import { Store } from './store';
import { useSnapshot } from './use-snapshot';

/**
 * An object a component owns: made when it mounts (or `input` changes) and
 * disposed when it unmounts, so nothing outlives the screen that needed it.
 * Null until the first effect has run.
 */
export function useOwned<I, T extends { dispose(): void }>(
  input: I,
  create: (input: I) => T,
): T | null {
  const [slot] = useState(() => new Store<T | null>(null));
  useEffect(() => {
    const made = create(input);
    slot.set(made);
    return () => {
      slot.set(null);
      made.dispose();
    };
  }, [input, create, slot]);
  return useSnapshot(slot);
}
