import { useCallback, useEffect, useState } from 'react';
import type { Group } from '../../../../../shared/groups';
import { toApiError, type ApiError } from '../../api';
import { useApi } from '../../api-context';

export type GroupsState =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; groups: readonly Group[] };

/** All groups, active and archived, kept in step with what each action returns. */
export function useGroups() {
  const api = useApi();
  const [state, setState] = useState<GroupsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api.groups.list({ includeArchived: true }).then(
      (groups) => !cancelled && setState({ status: 'ready', groups }),
      (error: unknown) => !cancelled && setState({ status: 'failed', error: toApiError(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  /** Main returns the group as stored after each action: that is the truth to show. */
  const upsert = useCallback((group: Group) => {
    setState((current) =>
      current.status === 'ready'
        ? { status: 'ready', groups: [...current.groups.filter((g) => g.id !== group.id), group] }
        : current,
    );
  }, []);

  return { state, retry, upsert };
}
