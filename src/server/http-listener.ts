import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { StartError } from './errors';
import { hostPort, plainAddress } from './util/network';

/** PEM files on disk (an association's certificate) or PEM text (the app's own, made at start). */
export type TlsSource = { certFile: string; keyFile: string } | { cert: string; key: string };

export type HttpLimits = {
  /** TCP connections the server accepts at once (HTTP and WebSocket together). */
  maxConnections: number;
  /** TCP connections from one address at once; 0 turns the cap off (behind a proxy). */
  maxConnectionsPerIp: number;
  /** A request's headers must arrive within this (slow-header attacks). */
  headersTimeoutMs: number;
  /** A whole request must arrive within this. */
  requestTimeoutMs: number;
};

export const defaultHttpLimits: Omit<HttpLimits, 'maxConnections' | 'maxConnectionsPerIp'> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
};

function readTls(tls: TlsSource): { cert: Buffer | string; key: Buffer | string } {
  if ('cert' in tls) return tls;
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new StartError(
        'CERT_UNREADABLE',
        `Cannot read the TLS ${what} ${file}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  };
  return { cert: read(tls.certFile, 'certificate'), key: read(tls.keyFile, 'key') };
}

/**
 * The HTTP(S) server with its limits: header and request deadlines (checked
 * every second), a cap on connections in all and per address.
 */
export function createHttp(
  tls: TlsSource | undefined,
  limits: HttpLimits,
): HttpServer | HttpsServer {
  const timing = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: 1_000,
    keepAliveTimeout: 5_000,
  };
  let server: HttpServer | HttpsServer;
  if (!tls) server = createHttpServer(timing);
  else {
    try {
      server = createHttpsServer({ ...timing, ...readTls(tls) });
    } catch (error) {
      if (error instanceof StartError) throw error;
      throw new StartError(
        'CERT_UNREADABLE',
        `The TLS certificate or key is not usable: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  server.maxConnections = limits.maxConnections;
  if (limits.maxConnectionsPerIp > 0) capPerAddress(server, limits.maxConnectionsPerIp);
  return server;
}

/** Drops a new TCP connection when its address already holds `max` of them. */
function capPerAddress(server: HttpServer | HttpsServer, max: number): void {
  const open = new Map<string, number>();
  // 'connection' comes before TLS and HTTP: nothing is read from a refused socket.
  server.on('connection', (socket: Socket) => {
    const ip = plainAddress(socket.remoteAddress);
    const count = open.get(ip) ?? 0;
    if (count >= max) {
      socket.destroy();
      return;
    }
    open.set(ip, count + 1);
    socket.once('close', () => {
      const left = (open.get(ip) ?? 1) - 1;
      if (left > 0) open.set(ip, left);
      else open.delete(ip);
    });
  });
}

/** Listens; a failure says which setting to change (`--port`, or the monitoring one). */
export function listen(
  server: HttpServer | HttpsServer,
  port: number,
  host: string,
  setting = { port: '--port / CERCLE_PORT', listen: '--listen / CERCLE_LISTEN' },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = hostPort(host, port);
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartError(
            'PORT_IN_USE',
            `Port ${port} is already in use on ${host} (${where}). Stop the other program or choose another port with ${setting.port}.`,
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL') {
        reject(
          new StartError(
            'ADDRESS_UNAVAILABLE',
            `${host} is not an address of this machine (${setting.listen}).`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new StartError(
            'PERMISSION_DENIED',
            `Not allowed to listen on ${where}; ports below 1024 need extra rights.`,
          ),
        );
      } else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops listening and cuts every connection still open. */
export function closeHttp(server: HttpServer | HttpsServer): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
