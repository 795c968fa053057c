import { useCallback } from 'react';
import type { Group } from '../../../../../shared/groups';
import type { PlanSummary } from '../../../../../shared/plans/plan';
import type { SessionLists } from '../../../../../shared/sessions';
import { useApi } from '../../api-context';
import { useLoad } from '../plans/use-load';

export type SessionsBase = {
  groups: readonly Group[];
  plans: readonly PlanSummary[];
  templates: readonly PlanSummary[];
};

/** The groups to choose from and the plans a session can be made with. */
export function useSessionsBase() {
  const api = useApi();
  const load = useCallback(async (): Promise<SessionsBase> => {
    const [groups, plans, templates] = await Promise.all([
      api.groups.list({ includeArchived: true }),
      api.plans.list({}),
      api.plans.list({ templates: true }),
    ]);
    return { groups, plans, templates };
  }, [api]);
  return useLoad(load);
}

/** One group's upcoming and past sessions. */
export function useGroupSessions(groupId: string) {
  const api = useApi();
  const load = useCallback(() => api.sessions.list({ groupId }), [api, groupId]);
  const { state, retry, update } = useLoad<SessionLists>(load);
  const refresh = useCallback(async () => {
    try {
      const lists = await load();
      update(() => lists);
    } catch {
      // The action itself succeeded; the list shows what it had until the next visit.
    }
  }, [load, update]);
  return { state, retry, refresh };
}
