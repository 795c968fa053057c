import { Store } from '../../../call/emitter';
import { FacilitatorRoom, type OpenRoomOptions } from './facilitator-room';

/** The one room this app has open, and for which session. */
export type ActiveRoom = { sessionId: string; room: FacilitatorRoom };

/**
 * Outside React on purpose: the facilitator may look at their plan or notes
 * while the room goes on; leaving the room screen must not close the call.
 */
export const activeRoom = new Store<ActiveRoom | null>(null);

export async function openRoom(sessionId: string, options: OpenRoomOptions): Promise<void> {
  const room = await FacilitatorRoom.open(options);
  activeRoom.set({ sessionId, room });
}

/** After the room closed: the screen offers to open a new one. */
export function forgetClosedRoom(): void {
  const current = activeRoom.get();
  if (current && current.room.getSnapshot().status === 'closed') activeRoom.set(null);
}
