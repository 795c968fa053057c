import { useCallback, useRef, useState } from 'react';
import { useAnnounce } from './announcer';
import { toApiError, type ApiError } from './api';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * One call at a time for a screen: while one is in flight its buttons say so
 * (aria-disabled) and a second press is ignored, so nothing is sent twice.
 */
export function useBusy() {
  const [busy, setBusy] = useState(false);
  // State updates are asynchronous; the ref closes the gap between two quick presses.
  const inFlight = useRef(false);

  const perform = useCallback(async <T>(call: () => Promise<T>): Promise<Outcome<T> | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, perform };
}

/**
 * useBusy for the room's quick actions (admit, remove, lock…): a failure is
 * said in the screen's live region, the action stays where it was.
 */
export function useAnnouncedAction(failedText: string) {
  const announce = useAnnounce();
  const { busy, perform } = useBusy();
  const act = useCallback(
    async (action: () => Promise<unknown>) => {
      const result = await perform(action);
      if (result && !result.ok) announce(failedText);
    },
    [perform, announce, failedText],
  );
  return { busy, act };
}
