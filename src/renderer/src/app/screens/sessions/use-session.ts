import { useCallback } from 'react';
import type { Group } from '../../../../../shared/groups';
import type { SessionWithAgreements } from '../../../../../shared/sessions';
import { useApi } from '../../api-context';
import { useLoad } from '../plans/use-load';

export type SessionData = {
  session: SessionWithAgreements;
  group: Group | null;
  /** When it was read: a scheduled session before this is no longer ahead. */
  loadedAt: number;
};

/** One session with its frozen plan and agreements, and the group it belongs to. */
export function useSession(sessionId: string) {
  const api = useApi();
  const load = useCallback(async (): Promise<SessionData> => {
    const [session, groups] = await Promise.all([
      api.sessions.get({ id: sessionId }),
      api.groups.list({ includeArchived: true }),
    ]);
    return {
      session,
      group: groups.find((g) => g.id === session.groupId) ?? null,
      loadedAt: Date.now(),
    };
  }, [api, sessionId]);
  return useLoad(load);
}
