import type { LobbyEntry, MediaKind, RoomState } from '../../shared/signaling';
import type { RoomMedia } from '../media/room-media';
import type { Peer } from './peer';

/** Counts for /healthz and /metrics: numbers only, never names. */
export type RoomStats = {
  lobby: number;
  joined: number;
  disconnected: number;
  producers: Record<MediaKind, number>;
  consumers: number;
};

const roleOrder = { facilitator: 0, cofacilitator: 1, participant: 2 } as const;

export function roomStateOf(
  roomId: string,
  title: string,
  locked: boolean,
  peers: Iterable<Peer>,
  media: RoomMedia | undefined,
): RoomState {
  const joined = [...peers].filter((peer) => peer.status === 'joined');
  joined.sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  return {
    roomId,
    title,
    locked,
    peers: joined.map((peer) => ({
      peerId: peer.id,
      displayName: peer.displayName,
      role: peer.role,
      connected: peer.connected,
      audioOnly: media?.isAudioOnly(peer.id) ?? false,
      ...(peer.returningKey ? { returningKey: peer.returningKey } : {}),
    })),
  };
}

/** The same state with every returning key removed: what participants receive. */
export function withoutKeys(state: RoomState): RoomState {
  return {
    ...state,
    peers: state.peers.map(({ returningKey: _key, ...peer }) => peer),
  };
}

/** Returning keys are for the facilitator's attendance only: co-facilitators never get them. */
export function isFacilitator(peer: Peer): boolean {
  return peer.status === 'joined' && peer.role === 'facilitator';
}

/** The room state to everyone in the call: with returning keys for the facilitator alone. */
export function sendRoomState(peers: Iterable<Peer>, full: RoomState): void {
  const state = withoutKeys(full);
  for (const peer of peers) {
    if (peer.status === 'joined') {
      peer.notify('roomState', { state: isFacilitator(peer) ? full : state });
    }
  }
}

/** The lobby to staff (never to the lobby itself): with returning keys for the facilitator alone. */
export function sendLobby(peers: Iterable<Peer>, lobby: LobbyEntry[]): void {
  const keyless = lobby.map(({ returningKey: _key, ...entry }) => entry);
  for (const peer of peers) {
    if (peer.isStaff) peer.notify('lobbyChanged', { lobby: isFacilitator(peer) ? lobby : keyless });
  }
}

export function lobbyOf(peers: Iterable<Peer>): LobbyEntry[] {
  return [...peers]
    .filter((peer) => peer.status === 'lobby')
    .map((peer) => ({
      peerId: peer.id,
      displayName: peer.displayName,
      acknowledged: peer.acknowledged,
      connected: peer.connected,
      ...(peer.returningKey ? { returningKey: peer.returningKey } : {}),
    }));
}

export function roomStatsOf(peers: Iterable<Peer>, media: RoomMedia | undefined): RoomStats {
  const stats: RoomStats = {
    lobby: 0,
    joined: 0,
    disconnected: 0,
    producers: { audio: 0, video: 0 },
    consumers: 0,
  };
  for (const peer of peers) {
    if (!peer.connected) stats.disconnected += 1;
    else if (peer.status === 'lobby') stats.lobby += 1;
    else stats.joined += 1;
  }
  if (media) {
    const counts = media.counts;
    stats.producers = counts.producers;
    stats.consumers = counts.consumers;
  }
  return stats;
}
