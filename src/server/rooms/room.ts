import type {
  EndReason,
  LobbyEntry,
  MediaKind,
  RoomIntro,
  RoomState,
} from '../../shared/signaling';
import { randomId } from '../auth/tokens';
import { SignalingError } from '../errors';
import type { RoomMedia } from '../media/room-media';
import { TypedEmitter } from '../util/typed-emitter';
import { Peer, type PeerLink } from './peer';
import { createRoomParts } from './room-parts';
import type { RoomRounds } from './room-rounds';
import { reconnectTokenMatches, RoomDoor, seatNotKept } from './room-door';
import type { RoomEvents, RoomOptions } from './room-types';
import { SeatHolds } from './seat-holds';
import {
  isFacilitator,
  lobbyOf,
  roomStateOf,
  roomStatsOf,
  sendLobby,
  sendRoomState,
  withoutKeys,
  type RoomStats,
} from './views';

export type { RoomEvents, RoomOptions } from './room-types';

type Seat = { peer: Peer; reconnectToken: string };

/**
 * One live room: seats, lobby, roles, lock, and its media. The server holds
 * only this in memory and forgets it when the room closes.
 */
export class Room extends TypedEmitter<RoomEvents> {
  readonly id: string;
  readonly title: string;
  readonly agreements: string;
  /** Its owner, its invite links and lobby caps, its reconnect tokens. */
  readonly door: RoomDoor;
  readonly #options: RoomOptions;
  readonly #peers = new Map<string, Peer>();
  readonly #holds: SeatHolds;
  readonly #media: RoomMedia | undefined;
  readonly #rounds: RoomRounds;
  #facilitatorId: string | undefined;
  #locked = false;
  #closed = false;
  #emptySince: number | undefined;
  #speaker: string | null = null;

  private constructor(options: RoomOptions, door: RoomDoor) {
    super();
    this.id = randomId();
    this.title = options.title;
    this.agreements = options.agreements;
    this.#options = options;
    this.door = door;
    this.#emptySince = options.clock.now();
    this.#holds = new SeatHolds(options.clock, options.reconnectWindowMs, (peer) =>
      this.#dropSeat(peer),
    );
    const parts = createRoomParts(options, {
      joined: (peerId) => this.#joined(peerId),
      seats: () => this.#peers.values(),
      facilitator: () => (this.#facilitatorId ? this.#peers.get(this.#facilitatorId) : undefined),
    });
    this.#media = parts.media;
    this.#rounds = parts.rounds;
    this.#media?.on('activeSpeaker', (peerId) => this.#setSpeaker(peerId));
    const levels = (levels: Array<{ peerId: string; volume: number }>) => {
      this.emit('audioLevels', levels);
      this.#broadcast((peer) => peer.notify('audioLevels', { levels }));
    };
    this.#media?.on('audioLevels', levels);
    this.#media?.on('silence', () => levels([]));
    this.#media?.on('preferencesChanged', () => this.#changed());
    this.#media?.on('reset', () =>
      this.#broadcast((peer) => peer.notify('mediaReset', { reason: 'worker-died' })),
    );
  }

  /** The room and its owner secret, which only the creating app receives. */
  static create(options: RoomOptions): { room: Room; ownerSecret: string } {
    const { door, ownerSecret } = RoomDoor.create(options.ownerKeyName, options);
    return { room: new Room(options, door), ownerSecret };
  }

  get closed(): boolean {
    return this.#closed;
  }
  get locked(): boolean {
    return this.#locked;
  }
  /** The speaking activity: rounds, open floor, free time, talking-piece mode. */
  get rounds(): RoomRounds {
    return this.#rounds;
  }
  /** When the last connection left (undefined while someone is connected). */
  get emptySince(): number | undefined {
    return this.#emptySince;
  }

  intro(): RoomIntro {
    const groupTag = this.#options.groupTag;
    return {
      roomId: this.id,
      title: this.title,
      agreements: this.agreements,
      ...(groupTag ? { groupTag } : {}),
    };
  }
  /** The room as participants and co-facilitators see it: never anyone's returning key. */
  state(): RoomState {
    return withoutKeys(this.#facilitatorState());
  }
  /** The room as `peer` may see it: the facilitator alone also gets returning keys, for attendance. */
  stateFor(peer: Peer): RoomState {
    return isFacilitator(peer) ? this.#facilitatorState() : this.state();
  }
  #facilitatorState(): RoomState {
    return roomStateOf(this.id, this.title, this.#locked, this.#peers.values(), this.#media);
  }
  lobby(): LobbyEntry[] {
    return lobbyOf(this.#peers.values());
  }
  stats(): RoomStats {
    return roomStatsOf(this.#peers.values(), this.#media);
  }

  /** The facilitator's seat: created, or taken back (the key holder is authoritative). */
  seatFacilitator(displayName: string, link: PeerLink): Seat {
    this.#assertOpen();
    const existing = this.#facilitatorId ? this.#peers.get(this.#facilitatorId) : undefined;
    if (existing) {
      existing.rename(displayName);
      const reconnectToken = existing.rotateReconnectToken();
      this.#attach(existing, link);
      this.#rounds.reconnected(existing);
      this.#changed();
      return { peer: existing, reconnectToken };
    }
    const seat = this.#addSeat(displayName, 'joined', link, 'facilitator');
    this.#facilitatorId = seat.peer.id;
    this.emit('peerJoined', seat.peer);
    this.#rounds.joined(seat.peer);
    this.#changed();
    return seat;
  }

  /** A seat in the lobby with an invite link of `generation`, from the network address `ip`. */
  enterLobby(
    displayName: string,
    link: PeerLink,
    entry: { ip: string; generation: number; returningKey?: string | undefined },
  ): Seat {
    this.#assertOpen();
    if (this.#locked) throw new SignalingError('ROOM_LOCKED', 'The room is locked.');
    this.door.lobby.check(entry.generation, entry.ip, this.#peers.values());
    const seat = this.#addSeat(displayName, 'lobby', link, 'participant', entry);
    this.door.lobby.used();
    this.#notifyLobby();
    return seat;
  }

  /** Every admitted person is asked to look at the agreements; the lobby already has them. */
  showAgreements(): void {
    const at = this.#options.clock.now();
    this.#broadcast((peer) => peer.notify('agreementsShown', { at }));
  }

  acknowledge(peer: Peer, returningKey?: string): void {
    peer.acknowledge(returningKey);
    this.#notifyLobby();
  }

  admit(peerId: string): void {
    const peer = this.#target(peerId);
    if (peer.status !== 'lobby') throw new SignalingError('OUT_OF_ORDER', 'Already in the call.');
    if (!peer.acknowledged) {
      throw new SignalingError(
        'AGREEMENTS_NOT_ACKNOWLEDGED',
        'This person has not accepted the agreements yet.',
      );
    }
    peer.admit();
    peer.notify('admitted', { role: peer.role, state: this.stateFor(peer) });
    this.emit('peerJoined', peer);
    this.#rounds.joined(peer);
    this.#changed();
  }

  decline(peerId: string): void {
    const peer = this.#target(peerId);
    if (peer.status !== 'lobby') throw new SignalingError('OUT_OF_ORDER', 'Not in the lobby.');
    this.#dropSeat(peer, 'declined');
  }

  remove(actor: Peer, peerId: string): void {
    const peer = this.#target(peerId);
    if (peer === actor) throw new SignalingError('FORBIDDEN', 'Use leave to leave the room.');
    if (peer.role === 'facilitator' || (actor.role !== 'facilitator' && peer.isStaff)) {
      throw new SignalingError('FORBIDDEN', 'Only the facilitator can remove a co-facilitator.');
    }
    this.#dropSeat(peer, 'removed');
  }

  setRole(peerId: string, role: 'cofacilitator' | 'participant'): void {
    const peer = this.#target(peerId);
    if (peer.status !== 'joined') throw new SignalingError('OUT_OF_ORDER', 'Admit them first.');
    if (peer.role === 'facilitator')
      throw new SignalingError('FORBIDDEN', 'That is the facilitator.');
    peer.setRole(role);
    this.#rounds.rolesChanged();
    this.#changed();
  }

  setLocked(locked: boolean): void {
    this.#locked = locked;
    this.#changed();
  }

  /** Everyone is told the room closed and disconnected; media and state are dropped. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#holds.clear();
    this.#rounds.close();
    for (const peer of this.#peers.values()) peer.close('roomClosed');
    this.#peers.clear();
    this.#media?.close();
    this.emit('closed');
    this.removeAllListeners();
  }

  /**
   * The connection holding a seat dropped. A seat in the call waits for a
   * reconnect; a lobby seat is freed at once, so closed sockets cannot keep
   * the lobby full (the page enters again with its link).
   */
  detach(peer: Peer, link: PeerLink): void {
    if (this.#closed || peer.closed || !peer.detach(link, this.#options.clock.now())) return;
    if (peer.status === 'lobby') {
      this.#dropSeat(peer);
      return;
    }
    this.#media?.closePeer(peer.id);
    this.#holds.hold(peer);
    if (peer.status === 'joined') this.#rounds.disconnected(peer);
    this.#updateEmpty();
    this.#changed();
  }

  /**
   * Gives a kept seat to a new connection if the token matches and the window
   * is open. A seat whose connection still answers is not taken (SEAT_IN_USE):
   * a token alone never pushes out someone who is there. The token is spent;
   * the new one comes back with the seat.
   */
  async reconnect(peerId: string, reconnectToken: string, link: PeerLink): Promise<Seat> {
    const peer = this.#closed ? undefined : this.#peers.get(peerId);
    const matches = reconnectTokenMatches(peer, reconnectToken);
    if (!peer || !matches) throw seatNotKept();
    if (this.#holds.expired(peer)) {
      this.#dropSeat(peer);
      throw seatNotKept();
    }
    const takingOver = peer.link !== undefined && peer.link !== link;
    await this.door.assertSeatFree(peer, link, reconnectToken, () => {
      return !this.#closed && this.#peers.get(peerId) === peer;
    });
    // The old connection is gone without saying so: its media goes as after any drop.
    if (takingOver) this.#media?.closePeer(peer.id);
    const next = peer.rotateReconnectToken();
    this.#attach(peer, link);
    if (peer.status === 'joined') this.#rounds.reconnected(peer);
    this.#changed();
    return { peer, reconnectToken: next };
  }

  /** The person leaves for good. */
  leave(peer: Peer): void {
    if (this.#peers.get(peer.id) === peer) this.#dropSeat(peer);
  }

  /** The media side, or MEDIA_UNAVAILABLE when the server runs without workers. */
  media(): RoomMedia {
    if (!this.#media) {
      throw new SignalingError('MEDIA_UNAVAILABLE', 'This server runs without media.');
    }
    return this.#media;
  }

  /** The facilitator holds someone's microphone or camera paused by hand, or releases it. */
  async setPausedByServer(peerId: string, kind: MediaKind, paused: boolean): Promise<void> {
    const peer = this.#target(peerId);
    if (peer.status !== 'joined') throw new SignalingError('OUT_OF_ORDER', 'Not in the call.');
    await this.media().setServerPaused(peerId, kind, paused);
  }

  #addSeat(
    displayName: string,
    status: 'lobby' | 'joined',
    link: PeerLink,
    role: 'facilitator' | 'participant',
    entry: { ip?: string; returningKey?: string | undefined } = {},
  ): Seat {
    if (this.#peers.size >= this.#options.maxPeers) {
      throw new SignalingError('ROOM_FULL', 'The room is full.');
    }
    const seat = Peer.create({ displayName, role, status, link, ...entry });
    this.#peers.set(seat.peer.id, seat.peer);
    this.#updateEmpty();
    return seat;
  }

  #attach(peer: Peer, link: PeerLink): void {
    this.#holds.release(peer.id);
    peer.attach(link);
    this.#updateEmpty();
  }

  #dropSeat(peer: Peer, reason?: EndReason): void {
    this.#holds.release(peer.id);
    this.#media?.forgetPeer(peer.id);
    this.#peers.delete(peer.id);
    if (this.#facilitatorId === peer.id) this.#facilitatorId = undefined;
    const wasJoined = peer.status === 'joined';
    if (this.#speaker === peer.id) this.#setSpeaker(null);
    peer.close(reason);
    if (wasJoined) {
      this.emit('peerLeft', peer);
      this.#rounds.left(peer);
    }
    this.#updateEmpty();
    this.#changed();
  }

  #target(peerId: string): Peer {
    const peer = this.#peers.get(peerId);
    if (!peer) throw new SignalingError('PEER_NOT_FOUND', 'Nobody with this id is here.');
    return peer;
  }

  #joined(peerId: string): Peer | undefined {
    const peer = this.#peers.get(peerId);
    return peer?.status === 'joined' ? peer : undefined;
  }

  #assertOpen(): void {
    if (this.#closed) throw new SignalingError('ROOM_NOT_FOUND', 'This room is closed.');
  }

  #updateEmpty(): void {
    const anyone = [...this.#peers.values()].some((peer) => peer.connected);
    if (anyone) this.#emptySince = undefined;
    else this.#emptySince ??= this.#options.clock.now();
  }

  #setSpeaker(peerId: string | null): void {
    if (this.#speaker === peerId) return;
    this.#speaker = peerId;
    this.emit('activeSpeaker', peerId);
    this.#broadcast((peer) => peer.notify('activeSpeaker', { peerId }));
  }

  /**
   * Admitted people get the new room state; staff get the lobby. Lobby people
   * get neither. Returning keys go to the facilitator alone.
   */
  #changed(): void {
    sendRoomState(this.#peers.values(), this.#facilitatorState());
    this.#notifyLobby();
  }

  #notifyLobby(): void {
    sendLobby(this.#peers.values(), this.lobby());
  }

  #broadcast(send: (peer: Peer) => void): void {
    for (const peer of this.#peers.values()) if (peer.status === 'joined') send(peer);
  }
}
