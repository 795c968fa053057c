import { useCallback } from 'react';
import type { BuiltinTemplate, PlanSummary } from '../../../../../shared/plans/plan';
import { useApi } from '../../api-context';
import { useLoad } from './use-load';

export type PlanLists = {
  plans: readonly PlanSummary[];
  templates: readonly PlanSummary[];
  builtins: readonly BuiltinTemplate[];
};

/** Plans, saved templates and built-in templates; reloaded after each change. */
export function usePlans() {
  const api = useApi();
  const load = useCallback(async (): Promise<PlanLists> => {
    const [plans, templates, builtins] = await Promise.all([
      api.plans.list({}),
      api.plans.list({ templates: true }),
      api.plans.builtins({}),
    ]);
    return { plans, templates, builtins };
  }, [api]);
  const { state, retry, update } = useLoad(load);

  /** Reads the lists again without showing "loading" (the old ones stay until then). */
  const refresh = useCallback(async () => {
    try {
      const lists = await load();
      update(() => lists);
    } catch {
      // The action itself succeeded; the lists stay as they were until the next visit.
    }
  }, [load, update]);

  return { state, retry, refresh };
}
