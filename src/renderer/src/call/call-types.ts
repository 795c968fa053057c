import type { MediaKind, Role, RoomState } from '../../../shared/signaling';
import type { DeviceProblem, LocalTracks } from './local-media';
import type { RemoteFeed } from './media-session';
import type { LinkEnd, RoomLink } from './room-link';

export type CallPhase =
  /** Media is being set up (at first, after a reconnect or after a media reset). */
  | 'connecting'
  | 'live'
  /** The connection dropped; the seat is being taken back. */
  | 'reconnecting'
  | 'ended';

/** Something the person should be told, shown and read out by the call view. */
export type CallNotice =
  /** The facilitator paused (or released) this person's microphone or camera. */
  | { kind: 'held'; media: MediaKind; paused: boolean }
  /** They tried to unmute what the facilitator holds paused. */
  | { kind: 'stillHeld'; media: MediaKind }
  | { kind: 'reconnecting' }
  | { kind: 'reconnected' }
  /** The media server restarted; sound and image came back on their own. */
  | { kind: 'mediaRestarted' }
  | { kind: 'cameraProblem'; problem: DeviceProblem }
  /** The downlink could not carry any picture: only sound is received now. */
  | { kind: 'weakDownlink' };

export type PeerFeeds = { audio?: RemoteFeed; video?: RemoteFeed };

export type CallSnapshot = {
  phase: CallPhase;
  selfId: string;
  role: Role;
  room: RoomState;
  local: LocalTracks;
  micMuted: boolean;
  /** The person switched their camera off (they still see the others). */
  cameraOff: boolean;
  /** Neither sending nor receiving video. */
  audioOnly: boolean;
  /** What the facilitator holds paused. */
  held: Record<MediaKind, boolean>;
  /** Others' video stopped because this person's downlink was too weak (they may try again). */
  videoDropped: boolean;
  /** How well this person's own microphone and camera reach the server (0–10). */
  ownScores: Partial<Record<MediaKind, number>>;
  /** Remote tracks by peer id. */
  feeds: Readonly<Record<string, PeerFeeds>>;
  /** Who is making sound right now (server audio levels). */
  speaking: readonly string[];
  activeSpeaker: string | null;
  /** The last notice, with a serial so a repeated one is said again. */
  notice: { serial: number; notice: CallNotice } | null;
  /** Media could not be set up: the server has none, or it failed. */
  mediaProblem: 'unavailable' | 'failed' | null;
  /** The browser refused to play sound until the person clicks. */
  audioBlocked: boolean;
  end: LinkEnd | null;
};

export type CallClientEvents = {
  /** Something to tell the person (also kept in the snapshot). */
  notice: [notice: CallNotice];
  /** The call is over for this person; `snapshot.end` says why. */
  ended: [end: LinkEnd];
};

export type CallClientOptions = {
  link: RoomLink;
  selfId: string;
  role: Role;
  state: RoomState;
  /** Tracks opened at the device check; the client stops them when the call ends. */
  tracks: LocalTracks;
  audioOnly: boolean;
};
