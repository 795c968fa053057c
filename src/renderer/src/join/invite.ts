import { roomIdSchema, tokenSchema } from '../../../shared/signaling/common';

export type Invite = { roomId: string; token: string };

/**
 * Reads `/join/<room>#invite=<token>`. The token rides in the fragment so it
 * never reaches the server's or a proxy's logs; undefined when a part is
 * missing or mangled (a link cut in two by an e-mail program).
 */
export function parseInvite(location: { pathname: string; hash: string }): Invite | undefined {
  const match = /^\/join\/([^/]+)\/?$/.exec(location.pathname);
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('invite');
  const room = roomIdSchema.safeParse(match?.[1]);
  const invite = tokenSchema.safeParse(token ?? undefined);
  if (!room.success || !invite.success) return undefined;
  return { roomId: room.data, token: invite.data };
}

/** The signaling socket of the server that served this page. */
export function signalingUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}
