import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { buildCsp } from '../shared/csp';
import { hashToken, tokenMatches } from './auth/tokens';
import type { Logger } from './log';
import type { ServerMetrics } from './metrics';
import { contentTypeOf, resolveStaticPath } from './util/static-files';

export type Health = {
  status: 'ok' | 'degraded';
  rooms: number;
  peers: number;
  workersAlive: number;
  workers: number;
};

export type HttpOptions = {
  /** The renderer build: join.html and assets/. */
  staticRoot: string;
  /** Origins the join page may connect to besides its own (the public wss:// origin). */
  connectOrigins: readonly string[];
  /** Strict-Transport-Security: whenever the public URL is https (direct TLS or a proxy). */
  hsts: boolean;
  health: () => Health;
  metrics: ServerMetrics;
  /** With a token, /metrics also answers here to `Authorization: Bearer <token>`; without, 404. */
  metricsToken: string | undefined;
  logger: Logger;
};

/** The monitoring listener (127.0.0.1 by default): full /healthz and /metrics. */
export type MonitoringOptions = Pick<HttpOptions, 'health' | 'metrics' | 'logger'>;

const roomPath = /^\/join\/([A-Za-z0-9_-]{8,32})\/?$/;
/** With base './', join.html at /join/<room> asks for ./assets/… = /join/assets/…. */
const assetPath = /^(?:\/join)?\/assets(\/.+)$/;

const apiCsp = "default-src 'none'; frame-ancestors 'none'";

function securityHeaders(hsts: boolean): OutgoingHttpHeaders {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(self), microphone=(self), display-capture=(), geolocation=()',
    ...(hsts ? { 'strict-transport-security': 'max-age=15552000' } : {}),
  };
}

type Send = (
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body?: string,
) => void;

function sender(base: OutgoingHttpHeaders): Send {
  return (res, status, headers, body = '') => {
    res.writeHead(status, { ...base, ...headers });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };
}

const apiHeaders = (contentType: string): OutgoingHttpHeaders => ({
  'content-type': contentType,
  'content-security-policy': apiCsp,
  'cache-control': 'no-store',
});

async function sendMetrics(send: Send, res: ServerResponse, metrics: ServerMetrics): Promise<void> {
  const body = await metrics.registry.metrics();
  send(res, 200, apiHeaders(metrics.registry.contentType), body);
}

/** Answers a request's errors with 500 and logs them (never the request's content). */
function guarded(
  logger: Logger,
  route: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      logger.error('http request failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      if (!res.headersSent) {
        res.writeHead(500, apiHeaders('text/plain; charset=utf-8'));
        res.end('Internal error\n');
      } else res.destroy();
    });
  };
}

/**
 * /healthz with counts and /metrics, for the association's monitoring only:
 * on its own listener, bound to 127.0.0.1 unless told otherwise.
 */
export function createMonitoringHandler(options: MonitoringOptions) {
  const send = sender({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  return guarded(options.logger, async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { allow: 'GET, HEAD', ...apiHeaders('text/plain; charset=utf-8') }, '');
    } else if (pathname === '/metrics') await sendMetrics(send, res, options.metrics);
    else if (pathname === '/healthz') {
      send(
        res,
        200,
        apiHeaders('application/json; charset=utf-8'),
        JSON.stringify(options.health()),
      );
    } else send(res, 404, apiHeaders('text/plain; charset=utf-8'), 'Not found\n');
  });
}

/**
 * Routes: the join page and its assets, a bare /healthz (status only: counts
 * are for the monitoring listener), /metrics only with its bearer token.
 * Nothing else is served.
 */
export function createRequestHandler(options: HttpOptions) {
  const base = securityHeaders(options.hsts);
  const joinCsp = buildCsp('join', { connectOrigins: options.connectOrigins });
  const tokenHash = options.metricsToken ? hashToken(options.metricsToken) : undefined;
  const send = sender(base);

  /** `Authorization: Bearer <token>`, compared in constant time. */
  function mayReadMetrics(req: IncomingMessage): boolean {
    const header = req.headers.authorization ?? '';
    const presented = /^Bearer (\S{1,512})$/.exec(header)?.[1];
    return tokenHash !== undefined && presented !== undefined && tokenMatches(tokenHash, presented);
  }

  function text(res: ServerResponse, status: number, body: string): void {
    send(res, status, apiHeaders('text/plain; charset=utf-8'), body);
  }

  async function joinPage(res: ServerResponse): Promise<void> {
    let html: string;
    try {
      html = await readFile(join(options.staticRoot, 'join.html'), 'utf8');
    } catch {
      text(res, 503, 'The participant page is not built. Run: npm run build:vite\n');
      return;
    }
    send(
      res,
      200,
      {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': joinCsp,
        'cache-control': 'no-store',
      },
      html,
    );
  }

  async function asset(res: ServerResponse, urlPath: string): Promise<void> {
    // Resolved inside assets/ itself, so an encoded '..' cannot reach other build files.
    const path = resolveStaticPath(join(options.staticRoot, 'assets'), urlPath);
    const info = path ? await stat(path).catch(() => undefined) : undefined;
    if (!path || !info?.isFile()) {
      text(res, 404, 'Not found\n');
      return;
    }
    res.writeHead(200, {
      ...base,
      'content-type': contentTypeOf(path),
      'content-length': info.size,
      'content-security-policy': apiCsp,
      // Vite puts a content hash in asset names, so they never change under one URL.
      'cache-control': 'public, max-age=31536000, immutable',
    });
    if (res.req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(
        res,
        405,
        { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
        'Method not allowed\n',
      );
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/healthz') {
      const { status } = options.health();
      send(res, 200, apiHeaders('application/json; charset=utf-8'), JSON.stringify({ status }));
      return;
    }
    if (pathname === '/metrics' && mayReadMetrics(req)) {
      await sendMetrics(send, res, options.metrics);
      return;
    }
    if (roomPath.test(pathname)) {
      await joinPage(res);
      return;
    }
    const assetMatch = assetPath.exec(pathname);
    if (assetMatch?.[1]) {
      await asset(res, assetMatch[1]);
      return;
    }
    text(res, 404, 'Not found\n');
  }

  return guarded(options.logger, route);
}
