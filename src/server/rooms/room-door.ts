import { hashToken, newSecretToken, randomId, tokenMatches } from '../auth/tokens';
import { SignalingError } from '../errors';
import { LobbyGate, type LobbyLimits } from './lobby-gate';
import type { Peer, PeerLink } from './peer';

/** Compared against when there is no seat, so a refusal takes as long either way. */
const noSeatHash = hashToken(randomId(32));

/** The one answer to every refused reconnect: it never tells a real room or seat from a fake. */
export function seatNotKept(): SignalingError {
  return new SignalingError('TOKEN_EXPIRED', 'This seat is no longer kept.');
}

/**
 * Who may come into a room and how: its owner (the facilitator key that
 * created it, with the room's own secret), people with its newest invite
 * link (the lobby gate), and people taking their seat back with its token.
 */
export class RoomDoor {
  readonly lobby: LobbyGate;
  readonly #ownerKeyName: string;
  readonly #ownerSecretHash: Buffer;

  private constructor(ownerKeyName: string, ownerSecretHash: Buffer, limits: LobbyLimits) {
    this.#ownerKeyName = ownerKeyName;
    this.#ownerSecretHash = ownerSecretHash;
    this.lobby = new LobbyGate(limits);
  }

  /** The door and the owner secret, which only the app that creates the room receives. */
  static create(
    ownerKeyName: string,
    limits: LobbyLimits,
  ): { door: RoomDoor; ownerSecret: string } {
    const { token, hash } = newSecretToken();
    return { door: new RoomDoor(ownerKeyName, hash, limits), ownerSecret: token };
  }

  /** Whether a claim comes from the owner: the key that created the room, and its secret. */
  ownedBy(keyName: string, ownerSecret: string): boolean {
    const secretMatches = tokenMatches(this.#ownerSecretHash, ownerSecret);
    return secretMatches && keyName === this.#ownerKeyName;
  }

  /**
   * Resolves when a seat may go to the connection `link`: nobody holds it, or
   * its connection no longer answers (then it is replaced). A connection that
   * still answers keeps its seat: SEAT_IN_USE.
   */
  async assertSeatFree(
    peer: Peer,
    link: PeerLink,
    token: string,
    stillThere: () => boolean,
  ): Promise<void> {
    const previous = peer.link;
    if (!previous || previous === link) return;
    if (await previous.alive()) {
      throw new SignalingError('SEAT_IN_USE', 'This seat is in use on another connection.');
    }
    // Another reconnect may have won the seat while the old connection was asked
    // (the old one closing meanwhile is fine: the seat is simply free).
    const taken = peer.link !== previous && peer.link !== undefined;
    if (!stillThere() || taken || !peer.reconnectTokenMatches(token)) throw seatNotKept();
  }
}

/** Whether `token` is the seat's current reconnect token (hashed and compared even without a seat). */
export function reconnectTokenMatches(peer: Peer | undefined, token: string): boolean {
  return peer ? peer.reconnectTokenMatches(token) : tokenMatches(noSeatHash, token);
}
