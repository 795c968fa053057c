import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** Why a WebSocket upgrade was refused (a metric label: a short, fixed list). */
export type UpgradeRefusal = 'path' | 'origin' | 'serverFull' | 'addressFull';

export type AdmissionOptions = {
  /** Open signaling sockets on the whole server. */
  maxSockets: number;
  /** Open signaling sockets from one network address. */
  maxSocketsPerIp: number;
  /** Whether a browser page of this origin may open the socket (no Origin: not a browser). */
  isAllowedOrigin: (origin: string | undefined) => boolean;
  clientIp: (request: IncomingMessage) => string;
};

const statusText = {
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** Answers a refused upgrade with a plain HTTP status, then drops the socket. */
export function refuseUpgrade(socket: Duplex, status: keyof typeof statusText, why: string): void {
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${statusText[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(why)}\r\n\r\n${why}`,
    );
  }
  socket.destroy();
}

/**
 * Decides, before any WebSocket exists, whether an upgrade may go on: the
 * path, the page's Origin (cross-site pages must not drive the protocol), and
 * the caps on sockets per address and in all. A socket counts from the
 * upgrade until its TCP connection closes.
 */
export class Admission {
  readonly #options: AdmissionOptions;
  readonly #perIp = new Map<string, number>();
  #open = 0;

  constructor(options: AdmissionOptions) {
    this.#options = options;
  }

  get open(): number {
    return this.#open;
  }

  /** The client's address if admitted (the socket is counted until it closes), or why not. */
  admit(
    request: IncomingMessage,
    socket: Duplex,
  ): { ok: true; ip: string } | { ok: false; refusal: UpgradeRefusal } {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/ws') return this.#refuse(socket, 'path', 404, 'Not found');
    if (!this.#options.isAllowedOrigin(request.headers.origin)) {
      return this.#refuse(socket, 'origin', 403, 'This page may not open a signaling connection.');
    }
    if (this.#open >= this.#options.maxSockets) {
      return this.#refuse(socket, 'serverFull', 503, 'The server is full; try again later.');
    }
    const ip = this.#options.clientIp(request);
    const fromIp = this.#perIp.get(ip) ?? 0;
    if (fromIp >= this.#options.maxSocketsPerIp) {
      return this.#refuse(socket, 'addressFull', 429, 'Too many connections from this address.');
    }
    this.#open += 1;
    this.#perIp.set(ip, fromIp + 1);
    socket.once('close', () => {
      this.#open -= 1;
      const left = (this.#perIp.get(ip) ?? 1) - 1;
      if (left > 0) this.#perIp.set(ip, left);
      else this.#perIp.delete(ip);
    });
    return { ok: true, ip };
  }

  #refuse(
    socket: Duplex,
    refusal: UpgradeRefusal,
    status: keyof typeof statusText,
    why: string,
  ): { ok: false; refusal: UpgradeRefusal } {
    refuseUpgrade(socket, status, why);
    return { ok: false, refusal };
  }
}
