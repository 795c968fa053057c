import { shuffle, type EngineState } from '../../../../../shared/rounds';
import type { OrderChoice, PeerInfo } from '../../../../../shared/signaling';

export type OrderOptions = {
  by: 'join' | 'random';
  /** Whether the facilitator and co-facilitators take a turn too. */
  includeStaff: boolean;
  /** Drawn by the caller (crypto), so this stays pure. */
  seed: number;
};

/**
 * The talking order a round starts with. With the whole room, the server
 * makes it (join order, or its own random draw); without the staff, it is
 * the participants in join order, or shuffled, sent as a set order.
 */
export function roundOrder(
  state: EngineState,
  peers: readonly PeerInfo[],
  options: OrderOptions,
): OrderChoice {
  if (options.includeStaff) return { by: options.by };
  const participants = new Set(
    peers.filter((peer) => peer.role === 'participant').map((peer) => peer.peerId),
  );
  const inJoinOrder = state.roster
    .map((entry) => entry.peerId)
    .filter((peerId) => participants.has(peerId));
  const peerIds = options.by === 'random' ? shuffle(inJoinOrder, options.seed) : inJoinOrder;
  return { by: 'manual', peerIds };
}

/** The people still waiting their turn, in order (what a reorder must list). */
export function waitingIds(state: EngineState | null): string[] {
  const activity = state?.activity;
  if (activity?.kind !== 'round') return [];
  return activity.turns.filter((turn) => turn.outcome === 'pending').map((turn) => turn.peerId);
}

/** `ids` with the item at `from` moved to `to` (both indexes in the list as it was). */
export function moveItem(ids: readonly string[], from: number, to: number): string[] {
  if (from < 0 || from >= ids.length || to < 0 || to >= ids.length || from === to) return [...ids];
  const out = [...ids];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as string);
  return out;
}
