import type { LobbyEntry } from '../../../../../shared/signaling';
import { type SignalingClient } from '../../../../../shared/signaling/client';
import { SignalingError } from '../../../../../shared/signaling/errors';
import { CallClient } from '../../../call/call-client';
import { Stateful } from '../../../state/store';
import type { LocalTracks } from '../../../call/local-media';
import { RoomLink, type LinkEnd, type ResumeOutcome, type Seat } from '../../../call/room-link';

/** Something that happened in the room, said to the facilitator (aria-live). */
export type RoomAnnouncement =
  | { kind: 'waiting' | 'admitted' | 'declined' | 'removed' | 'held' | 'released'; name: string }
  | { kind: 'roleChanged'; name: string }
  | { kind: 'locked' | 'unlocked' };

export type FacilitatorRoomSnapshot = {
  status: 'open' | 'reconnecting' | 'closed';
  roomId: string;
  /** The link to share; `renewedAt` once "Nouveau lien" replaced the first one (older links fail). */
  invite: { url: string; expiresAt: number; renewedAt?: number };
  lobby: LobbyEntry[];
  /** Microphones this facilitator holds paused, by peer id. */
  heldMics: Readonly<Record<string, boolean>>;
  announcement: { serial: number; value: RoomAnnouncement } | null;
  end: LinkEnd | null;
};

export type OpenRoomOptions = {
  wsUrl: string;
  facilitatorKey: string;
  /** Only the title and the agreements leave the desktop (and the facilitator's own name). */
  title: string;
  agreements: string;
  displayName: string;
  tracks: LocalTracks;
  /** The group's opaque tag (`groups:tag`): lets the join page keep a returning key per group. */
  groupTag?: string | undefined;
};

/**
 * The facilitator's side of a live room, outside React: creates it with the
 * server key, keeps the lobby, moderates, and holds the facilitator's own
 * call. Lives as long as the room, whatever screen the app shows.
 */
export class FacilitatorRoom extends Stateful<FacilitatorRoomSnapshot> {
  readonly call: CallClient;
  readonly #link: RoomLink;
  #serial = 0;

  private constructor(link: RoomLink, call: CallClient, initial: FacilitatorRoomSnapshot) {
    super(initial);
    this.#link = link;
    this.call = call;
  }

  /** Rejects with SignalingError (e.g. BAD_KEY) or a connection error. */
  static async open(options: OpenRoomOptions): Promise<FacilitatorRoom> {
    let roomId = '';
    // The room's own secret: with the key, it alone takes the room back. Kept in this
    // page's memory only, for as long as the room lives.
    let ownerSecret = '';
    // The room stays open 30 minutes without anyone; the key takes the seat back after 2.
    const link = await RoomLink.open({
      wsUrl: options.wsUrl,
      reconnectWindowMs: 30 * 60_000,
      resume: (client, seat) =>
        resume(client, seat, { ...options, ownerSecret }, (next) => link.setSeat(next)),
    });
    try {
      const created = await link.request('createRoom', {
        facilitatorKey: options.facilitatorKey,
        title: options.title,
        agreements: options.agreements,
        displayName: options.displayName,
        ...(options.groupTag ? { groupTag: options.groupTag } : {}),
      });
      roomId = created.roomId;
      ownerSecret = created.ownerSecret;
      link.setSeat({ roomId, peerId: created.peerId, reconnectToken: created.reconnectToken });
      const call = CallClient.create({
        link,
        selfId: created.peerId,
        role: 'facilitator',
        state: created.state,
        tracks: options.tracks,
        audioOnly: false,
      });
      const room = new FacilitatorRoom(link, call, {
        status: 'open',
        roomId,
        invite: { url: created.invite.url, expiresAt: created.invite.expiresAt },
        lobby: [],
        heldMics: {},
        announcement: null,
        end: null,
      });
      room.#listen();
      return room;
    } catch (error) {
      link.dispose();
      throw error;
    }
  }

  async admit(peerId: string): Promise<void> {
    const name = this.#lobbyName(peerId);
    await this.#link.request('admit', { peerId });
    this.#announce({ kind: 'admitted', name });
  }

  async decline(peerId: string): Promise<void> {
    const name = this.#lobbyName(peerId);
    await this.#link.request('decline', { peerId });
    this.#announce({ kind: 'declined', name });
  }

  async remove(peerId: string): Promise<void> {
    const name = this.#peerName(peerId);
    await this.#link.request('remove', { peerId });
    this.#announce({ kind: 'removed', name });
  }

  async setCofacilitator(peerId: string, cofacilitator: boolean): Promise<void> {
    const role = cofacilitator ? 'cofacilitator' : 'participant';
    await this.#link.request('setRole', { peerId, role });
    this.#announce({ kind: 'roleChanged', name: this.#peerName(peerId) });
  }

  async setLocked(locked: boolean): Promise<void> {
    await this.#link.request('lockRoom', { locked });
    this.#announce({ kind: locked ? 'locked' : 'unlocked' });
  }

  /** Holds someone's microphone paused at the server, or gives it back. */
  async setMicHeld(peerId: string, held: boolean): Promise<void> {
    await this.#link.request('setPausedByServer', { peerId, kind: 'audio', paused: held });
    const heldMics = { ...this.state.heldMics, [peerId]: held };
    this.patch({ heldMics });
    this.#announce({ kind: held ? 'held' : 'released', name: this.#peerName(peerId) });
  }

  /** A new link; the server refuses every older one from now on. */
  async newInvite(): Promise<void> {
    const invite = await this.#link.request('createInvite', {});
    this.patch({
      invite: { url: invite.url, expiresAt: invite.expiresAt, renewedAt: Date.now() },
    });
  }

  /** Closes the room for everyone (each person is told), then lets go of it. */
  async close(): Promise<void> {
    try {
      await this.#link.request('closeRoom', {});
    } catch {
      // The server closes the connection as it closes the room; either way it is gone.
    }
    this.#link.dispose();
  }

  /** Lets go of the connection without closing the room: the server keeps it for a reconnect. */
  dispose(): void {
    this.#link.dispose();
  }

  #listen(): void {
    this.#link.onNotification('lobbyChanged', ({ lobby }) => {
      const before = new Set(this.state.lobby.map((entry) => entry.peerId));
      this.patch({ lobby });
      for (const entry of lobby) {
        if (!before.has(entry.peerId)) this.#announce({ kind: 'waiting', name: entry.displayName });
      }
    });
    this.#link.on('status', (status) =>
      this.patch({ status: status === 'reconnecting' ? 'reconnecting' : 'open' }),
    );
    this.#link.on('ended', (end) => this.patch({ status: 'closed', end, lobby: [] }));
  }

  #lobbyName(peerId: string): string {
    return this.state.lobby.find((entry) => entry.peerId === peerId)?.displayName ?? '';
  }

  #peerName(peerId: string): string {
    const peers = this.call.getSnapshot().room.peers;
    return peers.find((peer) => peer.peerId === peerId)?.displayName ?? '';
  }

  #announce(value: RoomAnnouncement): void {
    this.#serial += 1;
    this.patch({ announcement: { serial: this.#serial, value } });
  }
}

/**
 * The reconnect token first; once the seat is gone (or still held by a
 * connection this app gave up on), the key and the room's secret take it back.
 */
async function resume(
  client: SignalingClient,
  seat: Seat,
  options: OpenRoomOptions & { ownerSecret: string },
  setSeat: (seat: Seat) => void,
): Promise<ResumeOutcome> {
  try {
    return await client.request('reconnect', seat);
  } catch (error) {
    if (!(error instanceof SignalingError) || error.code === 'ROOM_NOT_FOUND') throw error;
    const claimed = await client.request('claimRoom', {
      facilitatorKey: options.facilitatorKey,
      roomId: seat.roomId,
      ownerSecret: options.ownerSecret,
      displayName: options.displayName,
    });
    setSeat({
      roomId: seat.roomId,
      peerId: claimed.peerId,
      reconnectToken: claimed.reconnectToken,
    });
    return {
      status: 'joined',
      role: 'facilitator',
      state: claimed.state,
      reconnectToken: claimed.reconnectToken,
    };
  }
}
