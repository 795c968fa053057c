import type { EngineState } from '../../shared/rounds';
import type { NotificationData, NotificationName } from '../../shared/signaling';
import { type SignalingClient } from '../../shared/signaling/client';
import { SignalingError } from '../../shared/signaling/errors';
import type { TestServer } from './harness';

/** Test support for rounds over signaling. */

/** Every notification of one kind this client receives from now on. */
export function collect<N extends NotificationName>(client: SignalingClient, name: N) {
  const seen: Array<NotificationData<N>> = [];
  client.on(name, (data) => seen.push(data));
  return seen;
}

/** The code of a refusal, and the round engine's own code when it gave one. */
export async function refusalOf(
  promise: Promise<unknown>,
): Promise<{ code: string; roundError?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignalingError) {
      const roundError = error.details?.roundError;
      return roundError ? { code: error.code, roundError } : { code: error.code };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Resolves when every client has received a state that satisfies `accept`. */
export function everyoneSees(
  clients: readonly SignalingClient[],
  accept: (state: EngineState) => boolean,
): Promise<Array<NotificationData<'activityState'>>> {
  return Promise.all(clients.map((c) => c.once('activityState', ({ state }) => accept(state))));
}

/** The speaker of the round or open floor under way, or null. */
export function speaker(state: EngineState): string | null {
  const activity = state.activity;
  return activity && activity.kind !== 'freeTime' ? activity.speaker : null;
}

/** Each person's turn outcome in the round under way. */
export function outcomes(state: EngineState): Record<string, string> {
  if (state.activity?.kind !== 'round') return {};
  return Object.fromEntries(state.activity.turns.map((turn) => [turn.peerId, turn.outcome]));
}

/** The room's engine state as the server holds it. */
export function serverState(t: TestServer, roomId: string): EngineState {
  return t.server.rooms.get(roomId).rounds.state;
}

/** Start options for a round of one-minute turns. */
export const oneMinuteTurns = { turnMs: 60_000, passAllowed: true, lateJoiners: 'append' } as const;
