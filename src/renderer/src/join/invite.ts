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

/** Where the page keeps the invite once it leaves the address bar (this tab only). */
const storageKey = (roomId: string) => `cercle.invite.${roomId}`;

type Place = { pathname: string; hash: string; search: string };

/**
 * Reads the invite, then takes it out of the address bar at once: a link in
 * the address bar shows in screen shares and screenshots, and lets anyone who
 * sees it in. The tab keeps it (sessionStorage, gone with the tab), so a
 * reload or "join again" still works.
 */
export function takeInvite(
  location: Place,
  history: Pick<History, 'replaceState'>,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
): Invite | undefined {
  const fromLink = parseInvite(location);
  if (fromLink) {
    try {
      storage?.setItem(storageKey(fromLink.roomId), fromLink.token);
    } catch {
      // Storage may be refused (private windows): the invite still works until a reload.
    }
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return fromLink;
  }
  const room = /^\/join\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  let kept: string | null | undefined;
  try {
    kept = room ? storage?.getItem(storageKey(room)) : undefined;
  } catch {
    kept = undefined;
  }
  return kept ? parseInvite({ pathname: location.pathname, hash: `#invite=${kept}` }) : undefined;
}
