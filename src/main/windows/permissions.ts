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
 * Camera and microphone for the call, and writing to the clipboard (the
 * "Copy" button of an invite link), asked by the app's own page; nothing
 * else, for nobody else. Cercle needs no location, notifications, clipboard
 * reads, MIDI, USB, screen capture or opening of other programs.
 */
export function decidePermission(query: PermissionQuery): boolean {
  if (query.permission !== 'media' && query.permission !== 'clipboard-sanitized-write') {
    return false;
  }
  if (!query.isMainFrame || !isAppUrl(query.requestingUrl, query.trustedOrigins)) return false;
  if (query.permission === 'clipboard-sanitized-write') return true;
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
