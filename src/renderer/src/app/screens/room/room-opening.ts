import { serverConnectOrigins } from '../../../../../shared/session-server';
import { displayNameSchema, roomTitleSchema } from '../../../../../shared/signaling/common';
import { SignalingError } from '../../../../../shared/signaling/errors';
import type { Agreement } from '../../../../../shared/agreements';
import { agreementsText } from '../../../call/agreements-text';
import { openDevices, stopTracks } from '../../../call/local-media';
import type { Api } from '../../api';
import { groupTagFor } from './group-tag';
import type { RoomSessions } from './room-sessions';

export type FieldProblem = 'empty' | 'too_long';
export type OpenProblem = 'BAD_KEY' | 'unreachable' | 'hostingFailed' | 'notConfigured' | 'other';

export type OpenOutcome =
  | { ok: true }
  /** The app page was loaded before this server was chosen: its CSP must be reloaded. */
  | { ok: false; problem: 'reload' }
  | { ok: false; problem: OpenProblem };

export function titleProblem(title: string): FieldProblem | null {
  if (roomTitleSchema.safeParse(title).success) return null;
  return title.trim() === '' ? 'empty' : 'too_long';
}

export function nameProblem(name: string): FieldProblem | null {
  if (displayNameSchema.safeParse(name).success) return null;
  return name.trim() === '' ? 'empty' : 'too_long';
}

export type OpenRequest = {
  sessionId: string;
  /** The session's group: its opaque tag (never its id) goes to the server. */
  groupId?: string | undefined;
  title: string;
  displayName: string;
  agreements: readonly Agreement[];
  /** Origins this page's CSP allows (what the server setting was when it loaded). */
  allowedOrigins: readonly string[];
};

/**
 * Opens the session's room: where (the server from Settings, started here if
 * hosted), the facilitator's own microphone and camera (a missing one is no
 * reason not to open), then the room itself. Only the title and the
 * agreements text leave the desktop. The session's start is the first
 * attendance write of the live session (a failure shows on the live screen).
 */
export async function startRoom(
  api: Api,
  sessions: RoomSessions,
  request: OpenRequest,
): Promise<OpenOutcome> {
  const connection = await api.sessionServer.connect({});
  if (!connection.ok) return { ok: false, problem: connection.reason };
  const needed = serverConnectOrigins(new URL(connection.url).origin);
  if (!needed.every((origin) => request.allowedOrigins.includes(origin))) {
    return { ok: false, problem: 'reload' };
  }
  const devices = await openDevices({ audio: true, video: true });
  const tracks = { audio: devices.audio, video: devices.video };
  try {
    await sessions.open(request.sessionId, {
      wsUrl: connection.wsUrl,
      facilitatorKey: connection.facilitatorKey,
      title: request.title.trim(),
      agreements: agreementsText(request.agreements),
      displayName: request.displayName.trim(),
      tracks,
      groupTag: request.groupId ? await groupTagFor(api, request.groupId) : undefined,
    });
  } catch (error) {
    stopTracks(tracks);
    if (error instanceof SignalingError) {
      return { ok: false, problem: error.code === 'BAD_KEY' ? 'BAD_KEY' : 'other' };
    }
    return { ok: false, problem: 'unreachable' };
  }
  return { ok: true };
}
