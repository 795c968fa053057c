import type { Logger } from '../log';
import type { RouterProvider } from '../media/room-media';
import type { Clock } from '../util/clock';
import type { Peer } from './peer';

export type RoomOptions = {
  title: string;
  agreements: string;
  /** Opaque per-group tag from the facilitator's app, handed to people in the lobby. */
  groupTag?: string | undefined;
  clock: Clock;
  /** How long a dropped seat is kept for a reconnect. */
  reconnectWindowMs: number;
  /** How long a dropped person keeps their place in a talking order. */
  departureGraceMs: number;
  /** How often the facilitator gets speaking time. */
  speakingReportMs: number;
  /** Seats in the lobby and the call together. */
  maxPeers: number;
  /** Seats in the lobby at once (smaller than maxPeers). */
  maxLobby: number;
  /** Lobby seats at once from one network address. */
  maxLobbyPerIp: number;
  /** Consumers one person may receive at once. */
  maxConsumersPerPeer: number;
  /** The name of the facilitator key that created the room: only it may claim the room back. */
  ownerKeyName: string;
  /** Absent when the server runs without media workers (signaling only). */
  routerProvider: RouterProvider | undefined;
  logger: Logger;
};

export type RoomEvents = {
  /** Someone entered the call (admitted, or the facilitator took their seat). */
  peerJoined: [peer: Peer];
  /** A seat in the call was freed: left, removed, or the reconnect window passed. */
  peerLeft: [peer: Peer];
  /** The dominant speaker changed; null when they left the room. */
  activeSpeaker: [peerId: string | null];
  /** Who made sound in the last interval, with volumes (dBov); empty on silence. Feeds speaking time. */
  audioLevels: [levels: Array<{ peerId: string; volume: number }>];
  /** The room closed; its state is forgotten. */
  closed: [];
};
