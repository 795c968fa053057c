import { createContext, useContext, type ReactNode } from 'react';
import { useOwned } from '../state/use-owned';
import {
  createParticipantRounds,
  type ParticipantRoundsParts,
  type RoundsCall,
} from './participant-rounds';

const PartsContext = createContext<ParticipantRoundsParts | null>(null);

/** The rounds of the participant's call, made for as long as the call is on the page. */
export function ParticipantRoundsProvider({
  call,
  children,
}: {
  call: RoundsCall;
  children: ReactNode;
}) {
  const parts = useOwned(call, createParticipantRounds);
  if (!parts) return null;
  return <PartsContext value={parts}>{children}</PartsContext>;
}

export function useParticipantRounds(): ParticipantRoundsParts {
  const parts = useContext(PartsContext);
  if (!parts) throw new Error('useParticipantRounds() outside <ParticipantRoundsProvider>');
  return parts;
}
