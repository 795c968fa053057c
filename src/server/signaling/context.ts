import type { InviteTokens } from '../auth/tokens';
import type { Logger } from '../log';
import type { Peer, PeerLink } from '../rooms/peer';
import type { RoomRegistry } from '../rooms/registry';
import type { Room } from '../rooms/room';
import type { Clock } from '../util/clock';

/** What every request handler may use; built once per server. */
export type ServerContext = {
  registry: RoomRegistry;
  invites: InviteTokens;
  /** Constant-time check of a presented facilitator key. */
  isFacilitatorKey: (presented: string) => boolean;
  clock: Clock;
  /** The link a facilitator shares: join page URL with the token in the fragment. */
  inviteUrl: (roomId: string, token: string) => string;
  inviteTtlMs: number;
  logger: Logger;
};

/** One connection's view: its link to rooms and the seat it holds, if any. */
export type ConnectionScope = {
  readonly link: PeerLink;
  seat: { room: Room; peer: Peer } | undefined;
};

export type HandlerContext = { server: ServerContext; scope: ConnectionScope };
