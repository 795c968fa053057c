import { useEffect, useRef } from 'react';

type Kept<T> = { value: T; basedOn: string };

// Unsaved edits live here while their editor is closed, so leaving a screen
// never throws away what was typed (they are lost only when the app quits).
const kept = new Map<string, Kept<unknown>>();

/** The unsaved edits left for `key`, if they were made on the same saved version. */
export function keptDraft<T>(key: string, basedOn: string): T | undefined {
  const entry = kept.get(key);
  return entry && entry.basedOn === basedOn ? (entry.value as T) : undefined;
}

export function forgetDraft(key: string): void {
  kept.delete(key);
}

/**
 * Keeps the editor's state when it unmounts with unsaved changes; forgets it
 * when it unmounts clean. `basedOn` names the saved version the edits start from.
 */
export function useKeepDraft<T>(key: string, basedOn: string, value: T, dirty: boolean): void {
  const latest = useRef({ value, dirty, basedOn });
  useEffect(() => {
    latest.current = { value, dirty, basedOn };
  });
  useEffect(
    () => () => {
      const { value: last, dirty: unsaved, basedOn: base } = latest.current;
      if (unsaved) kept.set(key, { value: last, basedOn: base });
      else kept.delete(key);
    },
    [key],
  );
}
