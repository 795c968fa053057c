import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useSnapshot } from '../../../state/use-snapshot';
import { useApi } from '../../api-context';
import { RoomSessions, type OpenSession } from './room-sessions';

const RoomSessionsContext = createContext<RoomSessions | null>(null);

/** The window's RoomSessions, for every screen below; disposed when the window's app goes. */
export function RoomSessionsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [sessions] = useState(() => new RoomSessions(api));
  useEffect(() => () => sessions.dispose(), [sessions]);
  return <RoomSessionsContext value={sessions}>{children}</RoomSessionsContext>;
}

export function useRoomSessions(): RoomSessions {
  const sessions = useContext(RoomSessionsContext);
  if (!sessions) throw new Error('useRoomSessions() outside <RoomSessionsProvider>');
  return sessions;
}

/** The open session, re-rendered when one opens or is forgotten. */
export function useOpenSession(): OpenSession | null {
  return useSnapshot(useRoomSessions()).open;
}
