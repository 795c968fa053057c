import { SignalingError } from '../errors';
import type { Peer } from './peer';

export type LobbyLimits = {
  /** Seats in the lobby at once; smaller than the room, so a flood cannot fill the call. */
  maxLobby: number;
  /** Lobby seats at once from one network address. */
  maxLobbyPerIp: number;
};

/**
 * Who may take a lobby seat: only with the room's newest invite link (a new
 * link makes older ones fail), up to the uses the facilitator allowed, and
 * within the lobby's own caps. One invite link is all an attacker needs, so
 * every limit here holds against someone who has it.
 */
export class LobbyGate {
  readonly #limits: LobbyLimits;
  #generation = 0;
  #uses = 0;
  #maxUses: number | undefined;

  constructor(limits: LobbyLimits) {
    this.#limits = limits;
  }

  /** The generation new links are issued for. */
  get generation(): number {
    return this.#generation;
  }

  /** A new link: every link issued before it stops working. */
  renew(maxUses?: number): number {
    this.#generation += 1;
    this.#uses = 0;
    this.#maxUses = maxUses;
    return this.#generation;
  }

  /** Throws when a link of `generation` may not open a seat now (nothing is counted). */
  check(generation: number, ip: string, seats: Iterable<Peer>): void {
    if (generation !== this.#generation) {
      throw new SignalingError(
        'TOKEN_REVOKED',
        'This invitation link was replaced by a newer one. Ask the facilitator for the new link.',
      );
    }
    if (this.#maxUses !== undefined && this.#uses >= this.#maxUses) {
      throw new SignalingError('TOKEN_USED_UP', 'This invitation link has been used up.');
    }
    let waiting = 0;
    let fromHere = 0;
    for (const peer of seats) {
      if (peer.status !== 'lobby') continue;
      waiting += 1;
      if (peer.ip === ip) fromHere += 1;
    }
    if (waiting >= this.#limits.maxLobby) {
      throw new SignalingError('LOBBY_FULL', 'Too many people are waiting; try again in a moment.');
    }
    if (fromHere >= this.#limits.maxLobbyPerIp) {
      throw new SignalingError(
        'LOBBY_FULL',
        'Too many people are waiting from this network; try again in a moment.',
      );
    }
  }

  /** A seat was opened with the current link. */
  used(): void {
    this.#uses += 1;
  }
}
