import { useCallback, useEffect, useState } from 'react';
import type { SessionServerInfo } from '../../../../../shared/session-server';
import { toApiError, type ApiError } from '../../api';
import { useApi } from '../../api-context';
import { useAnnounce } from '../../announcer';
import { useBusy } from '../../use-busy';

const carriedKey = 'cercle.settings.announce';

/**
 * The page's CSP names the session server it may reach, fixed when the page
 * loads. When a change adds another origin, the page reloads (on this same
 * screen) and says the result afterwards.
 */
function applyOrigins(before: readonly string[], after: SessionServerInfo, message: string) {
  const same =
    before.length === after.origins.length && after.origins.every((o) => before.includes(o));
  if (same) return false;
  try {
    window.sessionStorage.setItem(carriedKey, message);
  } catch {
    // Without storage the result is simply not said after the reload.
  }
  window.location.reload();
  return true;
}

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; info: SessionServerInfo }
  | { status: 'failed'; error: ApiError };

export function useSessionServer() {
  const api = useApi();
  const announce = useAnnounce();
  const { busy, perform } = useBusy();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.sessionServer.get({}).then(
      (info) => !cancelled && setState({ status: 'ready', info }),
      (caught: unknown) => !cancelled && setState({ status: 'failed', error: toApiError(caught) }),
    );
    try {
      const carried = window.sessionStorage.getItem(carriedKey);
      if (carried) {
        window.sessionStorage.removeItem(carriedKey);
        announce(carried);
      }
    } catch {
      // Nothing carried.
    }
    return () => {
      cancelled = true;
    };
  }, [api, announce]);

  const run = useCallback(
    /** Resolves true once saved (and shown, unless the page reloads for it). */
    async (
      call: () => Promise<SessionServerInfo>,
      message: (info: SessionServerInfo) => string,
    ): Promise<boolean> => {
      const before = state.status === 'ready' ? state.info.origins : [];
      setError(null);
      const result = await perform(call);
      if (!result) return false;
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      const text = message(result.value);
      if (applyOrigins(before, result.value, text)) return true;
      setState({ status: 'ready', info: result.value });
      announce(text);
      return true;
    },
    [perform, state, announce],
  );

  return { state, busy, error, run, api };
}
