import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../api';

export type Loaded<T> =
  { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'ready'; value: T };

/**
 * Loads what a screen shows, with a retry. `load` must be stable (useCallback)
 * or the screen would load forever.
 */
export function useLoad<T>(load: () => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (value) => !cancelled && setState({ status: 'ready', value }),
      (error: unknown) => !cancelled && setState({ status: 'failed', error: toApiError(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [load, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  /** Replace what is shown with what an action returned (the stored truth). */
  const update = useCallback((change: (value: T) => T) => {
    setState((current) =>
      current.status === 'ready' ? { status: 'ready', value: change(current.value) } : current,
    );
  }, []);

  return { state, retry, update };
}
