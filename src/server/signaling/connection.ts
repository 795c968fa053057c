import WebSocket, { type RawData } from 'ws';
import {
  closeCodes,
  maxMessageBytes,
  type EndReason,
  type Method,
  type NotificationData,
  type NotificationName,
  type SignalingErrorCode,
} from '../../shared/signaling';
import type { PeerLink } from '../rooms/peer';
import type { ConnectionScope, ServerContext } from './context';
import { dispatch } from './dispatch';
import { TokenBucket, type RateLimit } from './rate-limit';

export type ConnectionOptions = {
  rateLimit: RateLimit;
  /** Called for every refusal, for the signaling-errors metric. */
  onRefusal: (code: SignalingErrorCode) => void;
  /** The client's network address. */
  ip: string;
  /** A connection without a seat (room, lobby, reconnect) is closed after this long. */
  seatlessTimeoutMs: number;
  /** How long a ping may go unanswered before the connection counts as gone (reconnect takeover). */
  livenessProbeMs: number;
};

/** Requests waiting for their turn on one connection before it counts as a flood. */
const maxQueued = 256;
/** Unsent bytes a slow reader may accumulate before being dropped. */
const maxBuffered = 4 * 1024 * 1024;

const endCodes: Record<EndReason, number> = {
  declined: closeCodes.declined,
  removed: closeCodes.removed,
  roomClosed: closeCodes.roomClosed,
  replaced: closeCodes.replaced,
};

function byteLength(raw: RawData): number {
  if (Array.isArray(raw)) return raw.reduce((sum, part) => sum + part.length, 0);
  return raw instanceof ArrayBuffer ? raw.byteLength : raw.length;
}

/**
 * One WebSocket: rate limit, one request at a time in arrival order, replies,
 * notifications, heartbeats, and letting the seat go when it drops.
 */
export class Connection {
  readonly scope: ConnectionScope;
  readonly #ws: WebSocket;
  readonly #server: ServerContext;
  readonly #options: ConnectionOptions;
  readonly #bucket: TokenBucket;
  #queue: Promise<void> = Promise.resolve();
  #queued = 0;
  #alive = true;
  #closing = false;
  #seatless: NodeJS.Timeout | undefined;

  constructor(ws: WebSocket, server: ServerContext, options: ConnectionOptions) {
    this.#ws = ws;
    this.#server = server;
    this.#options = options;
    this.#bucket = new TokenBucket(options.rateLimit);
    const link: PeerLink = {
      notify: (name, data) => this.#notify(name, data),
      end: (reason) => this.#end(reason),
      alive: () => this.#probe(),
    };
    this.scope = { link, ip: options.ip, seat: undefined };
    this.#watchSeat();
    ws.on('message', (raw, isBinary) => this.#onMessage(raw, isBinary));
    ws.on('pong', () => {
      this.#alive = true;
    });
    ws.on('error', (error) => {
      // ws closes the socket itself (1009 for an oversized frame); only count it here.
      this.#options.onRefusal('BAD_REQUEST');
      this.#server.logger.warn('websocket error', { error: error.message });
    });
    ws.on('close', () => this.#onClose());
  }

  /** Called on every heartbeat tick: a connection that missed the last pong is cut. */
  heartbeat(): void {
    if (!this.#alive) {
      this.#ws.terminate();
      return;
    }
    this.#alive = false;
    this.#ws.ping();
  }

  /** Closes with a reason; a peer that does not answer the close frame is cut after `graceMs`. */
  async closeGracefully(code: number, reason: string, graceMs: number): Promise<void> {
    if (this.#ws.readyState === WebSocket.CLOSED) return;
    const closed = new Promise<void>((resolve) => this.#ws.once('close', () => resolve()));
    this.close(code, reason);
    const timer = setTimeout(() => this.#ws.terminate(), graceMs);
    await closed;
    clearTimeout(timer);
  }

  close(code: number, reason: string): void {
    this.#closing = true;
    if (this.#ws.readyState === WebSocket.OPEN || this.#ws.readyState === WebSocket.CONNECTING) {
      this.#ws.close(code, reason);
    }
  }

  #onMessage(raw: RawData, isBinary: boolean): void {
    if (this.#closing) return;
    if (byteLength(raw) > maxMessageBytes) {
      this.#options.onRefusal('BAD_REQUEST');
      this.close(1009, 'Message larger than 64 KiB');
      return;
    }
    if (!this.#bucket.take()) {
      this.#options.onRefusal('RATE_LIMITED');
      this.close(closeCodes.rateLimited, 'Too many messages');
      return;
    }
    if (this.#queued >= maxQueued) {
      this.#options.onRefusal('RATE_LIMITED');
      this.close(closeCodes.overloaded, 'Too many requests waiting');
      return;
    }
    this.#queued += 1;
    this.#queue = this.#queue.then(async () => {
      try {
        if (this.#ws.readyState !== WebSocket.OPEN) return;
        const reply = await dispatch(
          { server: this.#server, scope: this.scope },
          raw,
          isBinary,
          (method, error) => this.#internalError(method, error),
        );
        if (!reply.ok) this.#options.onRefusal(reply.error.code);
        this.#send(reply);
      } finally {
        this.#queued -= 1;
        this.#watchSeat();
      }
    });
  }

  #internalError(method: Method, error: unknown): void {
    this.#options.onRefusal('INTERNAL');
    this.#server.logger.error('request failed', {
      method,
      error: error instanceof Error ? error.message : String(error),
    });
  }

  #notify<N extends NotificationName>(name: N, data: NotificationData<N>): void {
    this.#send({ notification: name, data });
  }

  /**
   * Says why the session ended, then closes once pending replies are written
   * (cut after a grace if the other side never answers the close).
   */
  #end(reason: EndReason): void {
    this.scope.seat = undefined;
    this.#notify('sessionEnded', { reason });
    setImmediate(() => void this.closeGracefully(endCodes[reason], reason, 5_000));
  }

  /**
   * A socket must hold a seat soon after it opens, and again soon after
   * leaving one: idle sockets cost memory and count against the caps.
   */
  #watchSeat(): void {
    if (this.scope.seat) {
      clearTimeout(this.#seatless);
      this.#seatless = undefined;
      return;
    }
    if (this.#seatless || this.#closing) return;
    this.#seatless = setTimeout(() => {
      this.#options.onRefusal('FORBIDDEN');
      this.close(closeCodes.idle, 'No seat taken in time');
    }, this.#options.seatlessTimeoutMs);
  }

  /** Pings the other side: true if it answers within the probe time. */
  #probe(): Promise<boolean> {
    if (this.#ws.readyState !== WebSocket.OPEN) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (alive: boolean) => {
        clearTimeout(timer);
        this.#ws.off('pong', onPong);
        this.#ws.off('close', onClose);
        resolve(alive);
      };
      const onPong = () => done(true);
      const onClose = () => done(false);
      const timer = setTimeout(() => done(false), this.#options.livenessProbeMs);
      this.#ws.on('pong', onPong);
      this.#ws.on('close', onClose);
      this.#ws.ping();
    });
  }

  #send(message: unknown): void {
    if (this.#ws.readyState !== WebSocket.OPEN) return;
    if (this.#ws.bufferedAmount > maxBuffered) {
      this.close(closeCodes.overloaded, 'Not reading fast enough');
      return;
    }
    this.#ws.send(JSON.stringify(message));
  }

  #onClose(): void {
    clearTimeout(this.#seatless);
    this.#seatless = undefined;
    const seat = this.scope.seat;
    this.scope.seat = undefined;
    if (seat) seat.room.detach(seat.peer, this.scope.link);
  }
}
