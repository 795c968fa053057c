import type { EndReason, NotificationData, NotificationName, Role } from '../../shared/signaling';
import { newSecretToken, randomId, tokenMatches } from '../auth/tokens';
import { TypedEmitter } from '../util/typed-emitter';

/** How a room reaches the person in a seat: their current connection. */
export type PeerLink = {
  notify<N extends NotificationName>(name: N, data: NotificationData<N>): void;
  /** Tells the person why their session ended, then closes the connection. */
  end(reason: EndReason): void;
  /** Whether the connection still answers (a WebSocket ping within a few seconds). */
  alive(): Promise<boolean>;
};

export type PeerStatus = 'lobby' | 'joined';

export type PeerEvents = {
  /** The connection dropped; the seat is kept for the reconnect window. */
  disconnected: [];
  /** A connection took the seat (first arrival or reconnect). */
  connected: [];
  /** The seat is gone for good. */
  closed: [];
};

/**
 * One seat in a room: a person in the lobby or in the call. The display name
 * stays in memory only and is never logged.
 */
export class Peer extends TypedEmitter<PeerEvents> {
  readonly id: string;
  #reconnectHash: Buffer;
  #displayName: string;
  #role: Role;
  #status: PeerStatus;
  #acknowledged = false;
  #link: PeerLink | undefined;
  #disconnectedAt: number | undefined;
  #closed = false;
  /** Per-group returning key from the person's browser; shown to the facilitator only, never logged. */
  #returningKey: string | undefined;
  /** The network address the seat was taken from: for the lobby's per-address cap, never logged. */
  readonly ip: string;

  private constructor(
    displayName: string,
    role: Role,
    status: PeerStatus,
    hash: Buffer,
    returningKey: string | undefined,
    ip: string,
  ) {
    super();
    this.#returningKey = returningKey;
    this.ip = ip;
    this.id = randomId();
    this.#displayName = displayName;
    this.#role = role;
    this.#status = status;
    this.#reconnectHash = hash;
  }

  /** A new seat and the reconnect token only its holder receives. */
  static create(options: {
    displayName: string;
    role: Role;
    status: PeerStatus;
    link: PeerLink;
    returningKey?: string | undefined;
    ip?: string | undefined;
  }): {
    peer: Peer;
    reconnectToken: string;
  } {
    const { token, hash } = newSecretToken();
    const peer = new Peer(
      options.displayName,
      options.role,
      options.status,
      hash,
      options.returningKey,
      options.ip ?? '',
    );
    peer.#link = options.link;
    return { peer, reconnectToken: token };
  }

  get displayName(): string {
    return this.#displayName;
  }
  get role(): Role {
    return this.#role;
  }
  get status(): PeerStatus {
    return this.#status;
  }
  get returningKey(): string | undefined {
    return this.#returningKey;
  }
  get acknowledged(): boolean {
    return this.#acknowledged;
  }
  get link(): PeerLink | undefined {
    return this.#link;
  }
  get connected(): boolean {
    return this.#link !== undefined;
  }
  get disconnectedAt(): number | undefined {
    return this.#disconnectedAt;
  }
  get closed(): boolean {
    return this.#closed;
  }
  get isStaff(): boolean {
    return this.#status === 'joined' && this.#role !== 'participant';
  }

  reconnectTokenMatches(token: string): boolean {
    return tokenMatches(this.#reconnectHash, token);
  }

  /** A new reconnect token, at every use: the one just used (or any older one) stops working. */
  rotateReconnectToken(): string {
    const { token, hash } = newSecretToken();
    this.#reconnectHash = hash;
    return token;
  }

  /** Accepts the agreements; a returning key is kept if the seat has none yet (attendance stays stable). */
  acknowledge(returningKey?: string): void {
    this.#acknowledged = true;
    this.#returningKey ??= returningKey;
  }

  admit(): void {
    this.#status = 'joined';
  }

  setRole(role: Role): void {
    this.#role = role;
  }

  rename(displayName: string): void {
    this.#displayName = displayName;
  }

  notify<N extends NotificationName>(name: N, data: NotificationData<N>): void {
    this.#link?.notify(name, data);
  }

  /** Gives the seat to a connection; an older one still holding it is told it was replaced. */
  attach(link: PeerLink): void {
    const previous = this.#link;
    this.#link = link;
    this.#disconnectedAt = undefined;
    if (previous && previous !== link) previous.end('replaced');
    this.emit('connected');
  }

  /** The connection behind `link` dropped; ignored if another connection holds the seat. */
  detach(link: PeerLink, now: number): boolean {
    if (this.#link !== link) return false;
    this.#link = undefined;
    this.#disconnectedAt = now;
    this.emit('disconnected');
    return true;
  }

  /** Frees the seat; the connection (if any) is told why and closed. */
  close(reason?: EndReason): void {
    if (this.#closed) return;
    this.#closed = true;
    const link = this.#link;
    this.#link = undefined;
    if (link && reason) link.end(reason);
    this.emit('closed');
    this.removeAllListeners();
  }
}
