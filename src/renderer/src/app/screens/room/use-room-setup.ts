import { useCallback, useEffect, useState } from 'react';
import type { Group } from '../../../../../shared/groups';
import type { SessionServerInfo } from '../../../../../shared/session-server';
import type { SessionWithAgreements } from '../../../../../shared/sessions';
import { toApiError, type ApiError } from '../../api';
import { useApi } from '../../api-context';

export type RoomSetup = {
  session: SessionWithAgreements;
  group: Group | undefined;
  server: SessionServerInfo;
};

export type SetupState =
  | { status: 'loading' }
  | { status: 'ready'; setup: RoomSetup }
  | { status: 'failed'; error: ApiError };

/** What opening a session's room needs: the session, its group's name, the chosen server. */
export function useRoomSetup(sessionId: string) {
  const api = useApi();
  const [state, setState] = useState<SetupState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    Promise.all([
      api.sessions.get({ id: sessionId }),
      api.groups.list({ includeArchived: true }),
      api.sessionServer.get({}),
    ]).then(
      ([session, groups, server]) => {
        if (cancelled) return;
        const group = groups.find((candidate) => candidate.id === session.groupId);
        setState({ status: 'ready', setup: { session, group, server } });
      },
      (error: unknown) => !cancelled && setState({ status: 'failed', error: toApiError(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, sessionId, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
