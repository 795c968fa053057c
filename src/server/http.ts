import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { buildCsp } from '../shared/csp';
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
  tls: boolean;
  health: () => Health;
  metrics: ServerMetrics;
  logger: Logger;
};

const roomPath = /^\/join\/([A-Za-z0-9_-]{8,32})\/?$/;
/** With base './', join.html at /join/<room> asks for ./assets/… = /join/assets/…. */
const assetPath = /^(?:\/join)?\/assets(\/.+)$/;

function securityHeaders(tls: boolean): OutgoingHttpHeaders {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(self), microphone=(self), display-capture=(), geolocation=()',
    ...(tls ? { 'strict-transport-security': 'max-age=15552000' } : {}),
  };
}

/** Routes: the join page and its assets, /healthz, /metrics. Nothing else is served. */
export function createRequestHandler(options: HttpOptions) {
  const base = securityHeaders(options.tls);
  const apiCsp = "default-src 'none'; frame-ancestors 'none'";
  const joinCsp = buildCsp('join', { connectOrigins: options.connectOrigins });

  function send(
    res: ServerResponse,
    status: number,
    headers: OutgoingHttpHeaders,
    body = '',
  ): void {
    res.writeHead(status, { ...base, ...headers });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  function text(res: ServerResponse, status: number, body: string): void {
    send(
      res,
      status,
      {
        'content-type': 'text/plain; charset=utf-8',
        'content-security-policy': apiCsp,
        'cache-control': 'no-store',
      },
      body,
    );
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
      const health = options.health();
      send(
        res,
        200,
        {
          'content-type': 'application/json; charset=utf-8',
          'content-security-policy': apiCsp,
          'cache-control': 'no-store',
        },
        JSON.stringify(health),
      );
      return;
    }
    if (pathname === '/metrics') {
      const body = await options.metrics.registry.metrics();
      send(
        res,
        200,
        {
          'content-type': options.metrics.registry.contentType,
          'content-security-policy': apiCsp,
          'cache-control': 'no-store',
        },
        body,
      );
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

  return (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((error: unknown) => {
      options.logger.error('http request failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      if (!res.headersSent) text(res, 500, 'Internal error\n');
      else res.destroy();
    });
  };
}
