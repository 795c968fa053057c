import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { WebSocketServer } from 'ws';
import type { SignalingErrorCode } from '../../shared/signaling';
import type { ServerContext } from './context';
import { Connection } from './connection';
import type { RateLimit } from './rate-limit';

const hardFrameLimit = 1024 * 1024;

export type SignalingOptions = {
  heartbeatMs: number;
  rateLimit: RateLimit;
  onRefusal: (code: SignalingErrorCode) => void;
};

export type SignalingServer = {
  readonly connections: number;
  close(): Promise<void>;
};

/** WebSocket signaling at /ws on the HTTP(S) server. */
export function attachSignaling(
  httpServer: HttpServer | HttpsServer,
  server: ServerContext,
  options: SignalingOptions,
): SignalingServer {
  // No compression: it would let a small frame inflate past the size limit.
  // The WebSocket layer cuts frames over 1 MiB without a reason; the
  // connection itself closes over 64 KiB with one the page can show.
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/ws',
    maxPayload: hardFrameLimit,
    perMessageDeflate: false,
  });
  const connections = new Set<Connection>();
  wss.on('connection', (ws) => {
    const connection = new Connection(ws, server, {
      rateLimit: options.rateLimit,
      onRefusal: options.onRefusal,
    });
    connections.add(connection);
    ws.on('close', () => connections.delete(connection));
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
