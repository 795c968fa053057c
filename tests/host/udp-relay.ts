import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';

/**
 * How the link between one browser and the media server behaves. Each
 * direction is impaired on its own: `delayMs` is one way, so a round trip
 * takes twice as long; `rateKbps` is the link's capacity, with a queue that
 * holds at most `queueMs` of traffic before it drops (a real router's buffer).
 */
export type Impairment = {
  lossPercent?: number;
  /**
   * Spread the loss evenly (one packet in 100 / lossPercent of each RTP
   * stream) instead of at random: the same share every run, for tests that
   * must not depend on luck.
   */
  evenLoss?: boolean;
  delayMs?: number;
  rateKbps?: number;
  queueMs?: number;
  /** Nothing passes: the network is gone (Wi-Fi lost, tunnel, blocked UDP). */
  blocked?: boolean;
};

export type RelayCounts = { forwarded: number; dropped: number };

type Direction = {
  impairment: Impairment;
  /** When the link finishes sending what is queued (rate limit), in ms. */
  busyUntil: number;
  /** Packets seen per RTP stream (SSRC, in the clear even with SRTP), for even loss. */
  seen: Map<number | 'other', number>;
  counts: RelayCounts;
};

/**
 * A UDP relay on 127.0.0.1 between a browser and the media server's
 * WebRtcServer port: the browser is given the relay's port as the server's
 * ICE candidate, and every packet (STUN, DTLS, RTP, RTCP) passes through it.
 * Like a NAT, it gives each browser socket its own upstream socket, so the
 * server sees one address per browser transport. No netem is needed, and the
 * impairment can change while the call goes on.
 */
export class UdpRelay {
  readonly #front: Socket;
  readonly #upstreams = new Map<string, Socket>();
  readonly #up: Direction = newDirection();
  readonly #down: Direction = newDirection();
  readonly #timers = new Set<NodeJS.Timeout>();
  #target: { address: string; port: number } | undefined;
  #closed = false;

  private constructor(front: Socket) {
    this.#front = front;
    front.on('message', (packet, from) => this.#fromBrowser(packet, from));
  }

  static async open(): Promise<UdpRelay> {
    const front = createSocket('udp4');
    await new Promise<void>((resolve) => front.bind(0, '127.0.0.1', resolve));
    return new UdpRelay(front);
  }

  /** The port the browser sends to. */
  get port(): number {
    return this.#front.address().port;
  }

  /** Where packets go: the server's UDP candidate (learnt from signaling). */
  target(address: string, port: number): void {
    this.#target = { address, port };
  }

  /** Sets both directions (or `up`/`down` apart: up is browser → server). */
  impair(both: Impairment, only?: 'up' | 'down'): void {
    if (only !== 'down') this.#up.impairment = { ...both };
    if (only !== 'up') this.#down.impairment = { ...both };
  }

  get counts(): { up: RelayCounts; down: RelayCounts } {
    return { up: { ...this.#up.counts }, down: { ...this.#down.counts } };
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const socket of this.#upstreams.values()) socket.close();
    this.#upstreams.clear();
    this.#front.close();
  }

  #fromBrowser(packet: Buffer, from: RemoteInfo): void {
    const target = this.#target;
    if (!target || this.#closed) return;
    const key = `${from.address}:${from.port}`;
    let upstream = this.#upstreams.get(key);
    if (!upstream) {
      const socket = createSocket('udp4');
      socket.bind(0, '127.0.0.1');
      socket.on('message', (reply) =>
        this.#pass(this.#down, reply, () => this.#front.send(reply, from.port, from.address)),
      );
      socket.on('error', () => undefined);
      this.#upstreams.set(key, socket);
      upstream = socket;
    }
    const socket = upstream;
    this.#pass(this.#up, packet, () => socket.send(packet, target.port, target.address));
  }

  #pass(direction: Direction, packet: Buffer, send: () => void): void {
    const { impairment, counts } = direction;
    const loss = impairment.lossPercent ?? 0;
    const lost =
      loss > 0 &&
      (impairment.evenLoss
        ? countIn(direction.seen, streamOf(packet)) % Math.round(100 / loss) === 0
        : Math.random() * 100 < loss);
    if (impairment.blocked || lost) {
      counts.dropped += 1;
      return;
    }
    const now = performance.now();
    let leaves = now;
    if (impairment.rateKbps) {
      const start = Math.max(now, direction.busyUntil);
      if (start - now > (impairment.queueMs ?? 200)) {
        counts.dropped += 1;
        return;
      }
      leaves = start + (packet.length * 8) / impairment.rateKbps;
      direction.busyUntil = leaves;
    }
    counts.forwarded += 1;
    const wait = leaves - now + (impairment.delayMs ?? 0);
    if (wait < 0.5) {
      send();
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#closed) send();
    }, wait);
    this.#timers.add(timer);
  }
}

function newDirection(): Direction {
  return { impairment: {}, busyUntil: 0, seen: new Map(), counts: { forwarded: 0, dropped: 0 } };
}

/** RTP packets by SSRC (RTCP has packet types 200–204); STUN and DTLS together. */
function streamOf(packet: Buffer): number | 'other' {
  const rtp = packet.length >= 12 && (packet[0]! & 0xc0) === 0x80;
  const rtcp = rtp && packet[1]! >= 200 && packet[1]! <= 204;
  return rtp && !rtcp ? packet.readUInt32BE(8) : 'other';
}

function countIn(seen: Map<number | 'other', number>, key: number | 'other'): number {
  const count = (seen.get(key) ?? 0) + 1;
  seen.set(key, count);
  return count;
}
