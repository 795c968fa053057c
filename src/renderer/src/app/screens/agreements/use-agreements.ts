import { useCallback } from 'react';
import type { AgreementSet } from '../../../../../shared/agreements';
import type { Group } from '../../../../../shared/groups';
import { ApiError } from '../../api';
import { useApi } from '../../api-context';
import { useLoad } from '../plans/use-load';

export type AgreementsData = {
  group: Group;
  current: AgreementSet;
  /** Newest first, the current version included. */
  history: readonly AgreementSet[];
};

/** A group, its current agreements and every older version. */
export function useAgreements(groupId: string) {
  const api = useApi();
  const load = useCallback(async (): Promise<AgreementsData> => {
    const [groups, current, history] = await Promise.all([
      api.groups.list({ includeArchived: true }),
      api.agreements.current({ groupId }),
      api.agreements.history({ groupId }),
    ]);
    const group = groups.find((g) => g.id === groupId);
    if (!group) throw new ApiError('NOT_FOUND', `No group ${groupId}.`);
    return { group, current, history };
  }, [api, groupId]);
  const { state, retry, update } = useLoad(load);

  /** The latest version and history, read again (after a save, or a conflict). */
  const reload = useCallback(async (): Promise<AgreementsData> => {
    const data = await load();
    update(() => data);
    return data;
  }, [load, update]);

  return { state, retry, reload, update };
}
