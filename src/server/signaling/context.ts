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
  /** Constant-time check of a presented facilitator key: the key's name, or undefined. */
  facilitatorKeys: { check(presented: string): string | undefined };
  clock: Clock;
  /** The link a facilitator shares: join page URL with the token in the fragment. */
  inviteUrl: (roomId: string, token: string) => string;
  inviteTtlMs: number;
  logger: Logger;
};

/** One connection's view: its link to rooms, its network address and the seat it holds, if any. */
export type ConnectionScope = {
  readonly link: PeerLink;
  /** The client's address (from the proxy's X-Forwarded-For when trusted); never logged. */
  readonly ip: string;
  seat: { room: Room; peer: Peer } | undefined;
};

export type HandlerContext = { server: ServerContext; scope: ConnectionScope };
