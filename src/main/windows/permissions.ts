import type { Session } from 'electron';
import { isAppUrl } from './origin';

export type PermissionQuery = {
  permission: string;
  /** URL or origin of the frame that asks. */
  requestingUrl: string | undefined;
  isMainFrame: boolean;
  /** For 'media': the kinds asked for (a check reports one kind, or 'unknown'). */
  mediaTypes: readonly string[] | undefined;
  trustedOrigins: readonly string[];
};

/**
 * Chromium's Local Network Access names (one older, two newer). Since
 * Electron 43 a page that is not itself on the local network (app:// is not)
 * needs one of them to reach a server on this computer or the LAN: "host on
 * this computer" (http://127.0.0.1:<port>) and an association's server at a
 * private address. Which servers the page may reach at all stays the CSP's
 * connect-src: the page's own origin and the session server chosen in Settings.
 */
const localNetworkPermissions = new Set([
  'local-network-access',
  'local-network',
  'loopback-network',
]);

/**
 * Camera and microphone for the call, writing to the clipboard (the "Copy"
 * button of an invite link) and reaching a session server on the local
 * network, asked by the app's own page; nothing else, for nobody else.
 * Cercle needs no location, notifications, clipboard reads, MIDI, USB,
 * screen capture or opening of other programs.
 */
export function decidePermission(query: PermissionQuery): boolean {
  const { permission } = query;
  const known =
    permission === 'media' ||
    permission === 'clipboard-sanitized-write' ||
    localNetworkPermissions.has(permission);
  if (!known) return false;
  if (!query.isMainFrame || !isAppUrl(query.requestingUrl, query.trustedOrigins)) return false;
  if (permission !== 'media') return true;
  const types = query.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'audio' || type === 'video');
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** Installs the policy on a session: requests, checks, and device (USB/HID/serial) access. */
export function installPermissionHandlers(
  session: PermissionSession,
  trustedOrigins: readonly string[],
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      decidePermission({
        permission,
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        mediaTypes,
        trustedOrigins,
      }),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    decidePermission({
      permission,
      requestingUrl: requestingOrigin,
      isMainFrame: details.isMainFrame,
      mediaTypes: details.mediaType === undefined ? undefined : [details.mediaType],
      trustedOrigins,
    }),
  );
  session.setDevicePermissionHandler(() => false);
}
