import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { WebSocketServer } from 'ws';
import type { SignalingErrorCode } from '../../shared/signaling';
import { Admission, type AdmissionOptions, type UpgradeRefusal } from './admission';
import type { ServerContext } from './context';
import { Connection } from './connection';
import type { RateLimit } from './rate-limit';

const hardFrameLimit = 1024 * 1024;

export type SignalingOptions = AdmissionOptions & {
  heartbeatMs: number;
  rateLimit: RateLimit;
  /** A connection without a seat is closed after this long. */
  seatlessTimeoutMs: number;
  /** How long the old connection of a seat has to answer a ping before a reconnect takes it. */
  livenessProbeMs: number;
  onRefusal: (code: SignalingErrorCode) => void;
  onUpgradeRefused: (refusal: UpgradeRefusal) => void;
};

export type SignalingServer = {
  readonly connections: number;
  close(): Promise<void>;
};

/** WebSocket signaling at /ws on the HTTP(S) server, behind the admission checks. */
export function attachSignaling(
  httpServer: HttpServer | HttpsServer,
  server: ServerContext,
  options: SignalingOptions,
): SignalingServer {
  // No compression: it would let a small frame inflate past the size limit.
  // The WebSocket layer cuts frames over 1 MiB without a reason; the
  // connection itself closes over 64 KiB with one the page can show.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: hardFrameLimit,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const admission = new Admission(options);
  const connections = new Set<Connection>();
  httpServer.on('upgrade', (request, socket, head) => {
    const admitted = admission.admit(request, socket);
    if (!admitted.ok) {
      options.onUpgradeRefused(admitted.refusal);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new Connection(ws, server, {
        rateLimit: options.rateLimit,
        onRefusal: options.onRefusal,
        ip: admitted.ip,
        seatlessTimeoutMs: options.seatlessTimeoutMs,
        livenessProbeMs: options.livenessProbeMs,
      });
      connections.add(connection);
      ws.on('close', () => connections.delete(connection));
    });
  });
  wss.on('error', (error) =>
    server.logger.error('signaling server error', { error: error.message }),
  );
  const heartbeat = setInterval(() => {
    for (const connection of connections) connection.heartbeat();
  }, options.heartbeatMs);
  heartbeat.unref();

  return {
    get connections() {
      return connections.size;
    },
    close: async () => {
      clearInterval(heartbeat);
      await Promise.all(
        [...connections].map((c) => c.closeGracefully(1001, 'Server shutting down', 500)),
      );
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
