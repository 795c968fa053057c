import {
  isMethod,
  isNotificationName,
  notifications,
  requests,
  serverMessageSchema,
  type Method,
  type NotificationData,
  type NotificationName,
  type RequestInput,
  type RequestResult,
} from '../signaling';
import { signalingErrorCodes, type SignalingErrorCode } from './common';
import { SignalingError } from './errors';

/**
 * The part of a WebSocket the client needs. A browser `WebSocket` and the
 * `ws` package's `WebSocket` both fit, so the join page, the desktop app and
 * the tests share this client.
 */
export type SocketLike = {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: SocketEvent) => void): void;
};
/** Every DOM and `ws` event has a `type`; the rest depends on the event. */
type SocketEvent = { readonly type: string; data?: unknown; code?: number; reason?: string };

const OPEN = 1;

/** Why the connection ended, as the server said it. */
export type CloseInfo = { code: number; reason: string };

type Pending = { method: Method; resolve: (value: unknown) => void; reject: (e: Error) => void };
type Listener = (data: never) => void;

/**
 * Typed requests and notifications over one socket. Holds no timers: a
 * request waits until its reply or until the socket closes, which rejects
 * everything still pending.
 */
export class SignalingClient {
  readonly #socket: SocketLike;
  readonly #pending = new Map<number, Pending>();
  readonly #listeners = new Map<NotificationName, Set<Listener>>();
  readonly #closeListeners = new Set<(info: CloseInfo) => void>();
  #nextId = 1;
  #closed: CloseInfo | undefined;

  private constructor(socket: SocketLike) {
    this.#socket = socket;
    socket.addEventListener('message', (event) => this.#receive(event.data));
    socket.addEventListener('close', (event) =>
      this.#onClose({ code: event.code ?? 1006, reason: event.reason ?? '' }),
    );
  }

  /** Wraps a socket; resolves once it is open (rejects if it closes first). */
  static async connect(socket: SocketLike): Promise<SignalingClient> {
    const client = new SignalingClient(socket);
    if (socket.readyState === OPEN) return client;
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve());
      client.onClose((info) => reject(new Error(`Connection closed (${info.code})`)));
    });
    return client;
  }

  get closed(): CloseInfo | undefined {
    return this.#closed;
  }

  /** Sends a request; resolves with its validated result or rejects with SignalingError. */
  request<M extends Method>(method: M, data: RequestInput<M>): Promise<RequestResult<M>> {
    if (this.#closed || this.#socket.readyState !== OPEN) {
      return Promise.reject(new Error('Connection is closed'));
    }
    const id = this.#nextId++;
    return new Promise<RequestResult<M>>((resolve, reject) => {
      this.#pending.set(id, {
        method,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.#socket.send(JSON.stringify({ id, method, data }));
    });
  }

  /** Listens to one notification; returns a function that stops listening. */
  on<N extends NotificationName>(
    name: N,
    listener: (data: NotificationData<N>) => void,
  ): () => void {
    let set = this.#listeners.get(name);
    if (!set) {
      set = new Set();
      this.#listeners.set(name, set);
    }
    const stored = listener as Listener;
    set.add(stored);
    return () => set.delete(stored);
  }

  /**
   * The next notification of this kind that satisfies `accept`; rejects if the
   * connection closes first. Register before the action that causes it.
   */
  once<N extends NotificationName>(
    name: N,
    accept: (data: NotificationData<N>) => boolean = () => true,
  ): Promise<NotificationData<N>> {
    return new Promise((resolve, reject) => {
      let stopClose: () => void = () => {};
      const stop = this.on(name, (data) => {
        if (!accept(data)) return;
        stop();
        stopClose();
        resolve(data);
      });
      stopClose = this.onClose((info) => {
        stop();
        reject(new Error(`Connection closed (${info.code}) while waiting for ${name}`));
      });
    });
  }

  onClose(listener: (info: CloseInfo) => void): () => void {
    if (this.#closed) listener(this.#closed);
    else this.#closeListeners.add(listener);
    return () => this.#closeListeners.delete(listener);
  }

  close(code = 1000, reason = ''): void {
    this.#socket.close(code, reason);
  }

  #receive(raw: unknown): void {
    if (typeof raw !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return;
    }
    const parsed = serverMessageSchema.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    if ('notification' in message) {
      this.#dispatchNotification(message.notification, message.data);
      return;
    }
    if (message.id === null) return;
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (!message.ok) {
      pending.reject(SignalingError.fromPayload(message.error));
      return;
    }
    if (!isMethod(pending.method)) return;
    const result = requests[pending.method].result.safeParse(message.data);
    if (result.success) pending.resolve(result.data);
    else pending.reject(new SignalingError('INTERNAL', 'Unexpected reply from the server'));
  }

  #dispatchNotification(name: string, data: unknown): void {
    if (!isNotificationName(name)) return;
    const parsed = notifications[name].data.safeParse(data);
    if (!parsed.success) return;
    for (const listener of this.#listeners.get(name) ?? []) listener(parsed.data as never);
  }

  #onClose(info: CloseInfo): void {
    if (this.#closed) return;
    this.#closed = info;
    for (const pending of this.#pending.values()) {
      pending.reject(
        new Error(`Connection closed (${info.code}${info.reason ? `: ${info.reason}` : ''})`),
      );
    }
    this.#pending.clear();
    for (const listener of this.#closeListeners) listener(info);
    this.#closeListeners.clear();
  }
}

export function isSignalingErrorCode(value: unknown): value is SignalingErrorCode {
  return typeof value === 'string' && (signalingErrorCodes as readonly string[]).includes(value);
}
