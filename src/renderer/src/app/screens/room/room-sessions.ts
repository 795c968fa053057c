import { Stateful } from '../../../state/store';
import type { Api } from '../../api';
import { FacilitatorLive } from '../live/facilitator-live';
import { FacilitatorRoom, type OpenRoomOptions } from './facilitator-room';

/**
 * The room this window has open, the live session it runs, and for which
 * session. Both start together when the room opens: attendance is written
 * from the first moment, whatever screen is shown.
 */
export type OpenSession = { sessionId: string; room: FacilitatorRoom; live: FacilitatorLive };

/**
 * Holds the open session outside any screen, so the facilitator may look at
 * their plan or notes while the room goes on (leaving the room screen does not
 * close the call), and the summary stays once the room has closed. Made and
 * disposed by RoomSessionsProvider, one per app window.
 */
export class RoomSessions extends Stateful<{ open: OpenSession | null }> {
  readonly #api: Api;

  constructor(api: Api) {
    super({ open: null });
    this.#api = api;
  }

  /** Rejects with SignalingError (e.g. BAD_KEY) or a connection error; nothing stays open then. */
  async open(sessionId: string, options: OpenRoomOptions): Promise<void> {
    const room = await FacilitatorRoom.open(options);
    this.#release();
    this.patch({
      open: { sessionId, room, live: FacilitatorLive.start(this.#api, sessionId, room) },
    });
  }

  /** After the room closed: the room screen offers to open a new one. */
  forgetClosed(): void {
    const open = this.state.open;
    if (open && open.room.getSnapshot().status === 'closed') {
      this.#release();
      this.patch({ open: null });
    }
  }

  /** The window is going away: stop listening; the room itself waits on the server for a reconnect. */
  dispose(): void {
    this.#release();
    this.patch({ open: null });
  }

  #release(): void {
    const open = this.state.open;
    if (!open) return;
    open.live.dispose();
    open.room.dispose();
  }
}
