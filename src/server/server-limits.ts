import { StartError } from './errors';

/**
 * What one server gives away at most. Someone holding an invite link can ask
 * for all of it, so each limit is set where an attack stops costing more
 * while a real group (up to 40 people, arriving at once) still fits.
 */
export type ServerLimits = {
  /** Seats in a room, lobby and call together. */
  maxPeersPerRoom: number;
  /** Seats in a room's lobby at once: smaller than the room, so a flood leaves the call alone. */
  maxLobbyPerRoom: number;
  /** Lobby seats at once from one network address (a household, a shared Wi-Fi). */
  maxLobbyPerIp: number;
  /** Signaling sockets open on the whole server. */
  maxSockets: number;
  /** Signaling sockets open from one network address. */
  maxSocketsPerIp: number;
  /** A socket that takes no seat (room, lobby, reconnect) is closed after this long. */
  seatlessTimeoutMs: number;
  /** How long a seat's old connection has to answer a ping before a reconnect may take the seat. */
  livenessProbeMs: number;
};

export const defaultLimits = {
  maxPeersPerRoom: 40,
  maxLobbyPerIp: 4,
  maxSockets: 2000,
  maxSocketsPerIp: 20,
  seatlessTimeoutMs: 15_000,
  livenessProbeMs: 5_000,
} as const;

/** The limits asked for, with defaults; a lobby as big as its room is refused. */
export function serverLimits(asked: Partial<ServerLimits>): ServerLimits {
  const maxPeersPerRoom = asked.maxPeersPerRoom ?? defaultLimits.maxPeersPerRoom;
  const limits: ServerLimits = {
    maxPeersPerRoom,
    maxLobbyPerRoom: asked.maxLobbyPerRoom ?? Math.max(1, Math.floor(maxPeersPerRoom / 2)),
    maxLobbyPerIp: asked.maxLobbyPerIp ?? defaultLimits.maxLobbyPerIp,
    maxSockets: asked.maxSockets ?? defaultLimits.maxSockets,
    maxSocketsPerIp: asked.maxSocketsPerIp ?? defaultLimits.maxSocketsPerIp,
    seatlessTimeoutMs: asked.seatlessTimeoutMs ?? defaultLimits.seatlessTimeoutMs,
    livenessProbeMs: asked.livenessProbeMs ?? defaultLimits.livenessProbeMs,
  };
  if (maxPeersPerRoom > 1 && limits.maxLobbyPerRoom >= maxPeersPerRoom) {
    throw new StartError(
      'CONFIG_INVALID',
      `The lobby (${limits.maxLobbyPerRoom}) must be smaller than the room (${maxPeersPerRoom}).`,
    );
  }
  return limits;
}
