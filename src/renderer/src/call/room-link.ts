import {
  closeCodes,
  notifications,
  type EndReason,
  type Method,
  type NotificationData,
  type NotificationName,
  type RequestInput,
  type RequestResult,
} from '../../../shared/signaling';
import { SignalingClient, type CloseInfo, type SocketLike } from '../../../shared/signaling/client';
import { SignalingError } from '../../../shared/signaling/errors';
import { Emitter } from './emitter';

/** The seat this link holds in a room: what a new connection needs to take it back. */
export type Seat = { roomId: string; peerId: string; reconnectToken: string };
export type ResumeOutcome = RequestResult<'reconnect'>;

/** Why a link ended for good. */
export type LinkEnd =
  /** The server ended the session: declined, removed, room closed, seat taken elsewhere. */
  | { kind: 'ended'; reason: EndReason }
  /** The person left. */
  | { kind: 'left' }
  /** The server could not be reached again within the reconnect window. */
  | { kind: 'lost' }
  /** The server no longer keeps the seat (window passed, or the token is not valid). */
  | { kind: 'expired' };

export type LinkStatus = 'connected' | 'reconnecting';

export type RoomLinkEvents = {
  /** 'reconnecting' when the connection dropped; 'connected' once a new one holds the seat. */
  status: [status: LinkStatus];
  /** The seat was taken back on a new connection: media must be set up again. */
  resumed: [outcome: ResumeOutcome];
  /** Nothing more will happen on this link. */
  ended: [end: LinkEnd];
};

export type RoomLinkOptions = {
  /** The signaling WebSocket, e.g. wss://visio.example.org/ws. */
  wsUrl: string;
  openSocket?: (url: string) => SocketLike;
  /** How long to try to get the seat back; the server keeps it 2 minutes. */
  reconnectWindowMs?: number;
  /**
   * Takes the seat back on a new connection; default: `reconnect` with the
   * token. It may give the link a new seat (setSeat); the outcome's token is kept.
   */
  resume?: (client: SignalingClient, seat: Seat) => Promise<ResumeOutcome>;
  connectTimeoutMs?: number;
  /** A ping every so often; no answer by the next one means the connection is dead. */
  livenessMs?: number;
};

const endReasonByCode: Partial<Record<number, EndReason>> = {
  [closeCodes.removed]: 'removed',
  [closeCodes.declined]: 'declined',
  [closeCodes.roomClosed]: 'roomClosed',
  [closeCodes.replaced]: 'replaced',
};
/** The seat cannot come back (a lobby page that enters again may also meet a replaced link). */
const seatGone = new Set([
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
  'PEER_NOT_FOUND',
  'TOKEN_REVOKED',
  'TOKEN_USED_UP',
]);
const notificationNames = Object.keys(notifications) as NotificationName[];
type AnyListener = (data: never) => void;

function defaultSocket(url: string): SocketLike {
  return new WebSocket(url);
}

/**
 * One person's signaling connection to a room, across reconnects: the page
 * talks to the room through it and never sees a socket change. When a
 * connection drops it opens a new one and takes the seat back with the
 * reconnect token, within the window the server keeps seats.
 */
export class RoomLink extends Emitter<RoomLinkEvents> {
  readonly #options: Required<Omit<RoomLinkOptions, 'resume'>> & Pick<RoomLinkOptions, 'resume'>;
  readonly #listeners = new Map<NotificationName, Set<AnyListener>>();
  #client: SignalingClient | undefined;
  #seat: Seat | undefined;
  #serverEnd: EndReason | undefined;
  #leaving = false;
  #ended: LinkEnd | undefined;
  #timers = new Set<ReturnType<typeof setTimeout>>();
  #liveness: ReturnType<typeof setInterval> | undefined;

  private constructor(options: RoomLinkOptions) {
    super();
    this.#options = {
      openSocket: defaultSocket,
      reconnectWindowMs: 120_000,
      connectTimeoutMs: 10_000,
      livenessMs: 15_000,
      ...options,
    };
  }

  /** Connects; rejects when the server cannot be reached. */
  static async open(options: RoomLinkOptions): Promise<RoomLink> {
    const link = new RoomLink(options);
    link.#attach(await link.#connect());
    return link;
  }

  get seat(): Seat | undefined {
    return this.#seat;
  }
  get ended(): LinkEnd | undefined {
    return this.#ended;
  }

  /** Remembers the seat the server gave (enterLobby, createRoom, claimRoom). */
  setSeat(seat: Seat): void {
    this.#seat = seat;
  }

  request<M extends Method>(method: M, data: RequestInput<M>): Promise<RequestResult<M>> {
    if (!this.#client) return Promise.reject(new Error('Not connected'));
    return this.#client.request(method, data);
  }

  /** Listens to a notification on every connection this link will have. */
  onNotification<N extends NotificationName>(
    name: N,
    listener: (data: NotificationData<N>) => void,
  ): () => void {
    let set = this.#listeners.get(name);
    if (!set) {
      set = new Set();
      this.#listeners.set(name, set);
    }
    const stored = listener as AnyListener;
    set.add(stored);
    return () => set.delete(stored);
  }

  /** Leaves the room for good (the seat is freed at once). */
  async leave(): Promise<void> {
    this.#leaving = true;
    await this.request('leave', {}).catch(() => undefined);
    this.#finish({ kind: 'left' });
  }

  /** Closes the connection without asking the server for anything (the room is over). */
  dispose(): void {
    this.#leaving = true;
    this.#finish(this.#ended ?? { kind: 'left' });
  }

  async #connect(): Promise<SignalingClient> {
    const socket = this.#options.openSocket(this.#options.wsUrl);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        socket.close();
        reject(new Error('Connection timed out'));
      }, this.#options.connectTimeoutMs);
    });
    try {
      return await Promise.race([SignalingClient.connect(socket), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A server that accepts the connection but never answers must not stall the reconnect. */
  async #within<T>(work: Promise<T>, client: SignalingClient): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        client.close();
        reject(new Error('No answer'));
      }, this.#options.connectTimeoutMs);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  #attach(client: SignalingClient): void {
    this.#client = client;
    this.#serverEnd = undefined;
    for (const name of notificationNames) {
      client.on(name, (data) => {
        if (this.#client !== client) return;
        for (const listener of [...(this.#listeners.get(name) ?? [])]) {
          (listener as (data: unknown) => void)(data);
        }
      });
    }
    client.on('sessionEnded', ({ reason }) => {
      if (this.#client === client) this.#serverEnd = reason;
    });
    client.onClose((info) => this.#onClose(client, info));
    this.#watch(client);
  }

  /** Pings on an interval; a ping still unanswered at the next tick means a dead connection. */
  #watch(client: SignalingClient): void {
    if (this.#liveness) clearInterval(this.#liveness);
    let waiting = false;
    this.#liveness = setInterval(() => {
      if (this.#client !== client) return;
      if (waiting) {
        client.close(4000, 'No answer');
        this.#onClose(client, { code: 1006, reason: 'No answer' });
        return;
      }
      waiting = true;
      client.request('ping', {}).then(
        () => (waiting = false),
        () => undefined,
      );
    }, this.#options.livenessMs);
  }

  #onClose(client: SignalingClient, info: CloseInfo): void {
    if (this.#client !== client || this.#ended) return;
    this.#client = undefined;
    const reason = this.#serverEnd ?? endReasonByCode[info.code];
    if (reason) this.#finish({ kind: 'ended', reason });
    else if (this.#leaving) this.#finish({ kind: 'left' });
    else if (!this.#seat) this.#finish({ kind: 'lost' });
    else void this.#reconnect(this.#seat);
  }

  async #reconnect(seat: Seat): Promise<void> {
    this.emit('status', 'reconnecting');
    const deadline = Date.now() + this.#options.reconnectWindowMs;
    let wait = 500;
    while (!this.#ended && Date.now() < deadline) {
      let client: SignalingClient | undefined;
      try {
        client = await this.#connect();
        if (this.#ended) break;
        const resume = this.#options.resume ?? defaultResume;
        const outcome = await this.#within(resume(client, this.#seat ?? seat), client);
        if (this.#ended) break;
        // A reconnect token serves once: the next one came back with the seat.
        const held = this.#seat ?? seat;
        this.#seat = { ...held, reconnectToken: outcome.reconnectToken };
        this.#attach(client);
        this.emit('status', 'connected');
        this.emit('resumed', outcome);
        return;
      } catch (error) {
        client?.close();
        if (error instanceof SignalingError && seatGone.has(error.code)) {
          this.#finish({ kind: 'expired' });
          return;
        }
        if (error instanceof SignalingError && error.code === 'ROOM_NOT_FOUND') {
          this.#finish({ kind: 'ended', reason: 'roomClosed' });
          return;
        }
      }
      await this.#delay(Math.min(wait, Math.max(0, deadline - Date.now())));
      wait = Math.min(wait * 2, 5_000);
    }
    this.#finish({ kind: 'lost' });
  }

  #finish(end: LinkEnd): void {
    if (this.#ended) return;
    this.#ended = end;
    if (this.#liveness) clearInterval(this.#liveness);
    this.#clearTimers();
    const client = this.#client;
    this.#client = undefined;
    if (client && !client.closed) client.close(1000, 'Bye');
    this.emit('ended', end);
    this.removeAllListeners();
    this.#listeners.clear();
  }

  #delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, ms);
      this.#timers.add(timer);
    });
  }

  #clearTimers(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

function defaultResume(client: SignalingClient, seat: Seat): Promise<ResumeOutcome> {
  return client.request('reconnect', {
    roomId: seat.roomId,
    peerId: seat.peerId,
    reconnectToken: seat.reconnectToken,
  });
}
