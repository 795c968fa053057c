import { useMemo } from 'react';
import type { Api } from '../../api';
import { useApi } from '../../api-context';
import { FacilitatorLive, type LiveRoom } from './facilitator-live';

const byRoom = new WeakMap<LiveRoom, FacilitatorLive>();

/**
 * The live side of this room, started the first time it is asked for and
 * kept as long as the room object lives (outside React, like the room):
 * attendance is written whatever screen is shown, and the summary stays
 * once the room has closed. Safe to call more than once.
 */
export function liveFor(api: Api, sessionId: string, room: LiveRoom): FacilitatorLive {
  let live = byRoom.get(room);
  if (!live) {
    live = FacilitatorLive.start(api, sessionId, room);
    byRoom.set(room, live);
  }
  return live;
}

/** The live side of this room if it was started (the summary outlives the room). */
export function existingLive(room: LiveRoom): FacilitatorLive | undefined {
  return byRoom.get(room);
}

export function useLive(sessionId: string, room: LiveRoom): FacilitatorLive {
  const api = useApi();
  return useMemo(() => liveFor(api, sessionId, room), [api, sessionId, room]);
}
