import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { buildCsp, pageKindOf, type CspOptions, type PageKind } from '../../shared/csp';
import { contentTypeOf, resolveStaticPath } from '../../server/util/static-files';
import { appHost, appScheme } from './origin';

/**
 * standard + secure: relative URLs resolve and the page is a secure context
 * (getUserMedia needs one). corsEnabled stays off: it would let any other
 * origin read app:// files. No bypassCSP, no service workers.
 */
export const appSchemeDefinition: CustomScheme = {
  scheme: appScheme,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    stream: true,
    codeCache: true,
  },
};

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemeDefinition]);
}

export type AppProtocolOptions = {
  /** The built renderer, out/renderer. */
  root: string;
  /** Extra origins for connect-src per page, e.g. the configured session server; read per request. */
  cspOptions?: (page: PageKind) => CspOptions;
};

function responseHeaders(contentType: string, csp: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(self), microphone=(self), geolocation=(), display-capture=()',
    'Cache-Control': 'no-cache',
  };
}

const notFound = (): Response =>
  new Response('Not found', {
    status: 404,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'",
    },
  });

/**
 * Serves the built renderer on app://cercle with each page's CSP. Only GET
 * and HEAD, only our host, only files under root: anything else is a 404.
 */
export function createAppRequestHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const url = new URL(request.url);
    if (url.protocol !== `${appScheme}:` || url.host !== appHost) return notFound();
    const path = resolveStaticPath(options.root, url.pathname);
    if (path === undefined) return notFound();
    let body: Uint8Array<ArrayBuffer>;
    try {
      const data = await readFile(path);
      // readFile never hands back a SharedArrayBuffer; this only narrows the type.
      body = new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
    } catch {
      return notFound();
    }
    const page = pageKindOf(url.pathname);
    const csp = buildCsp(page, options.cspOptions?.(page) ?? {});
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: responseHeaders(contentTypeOf(path), csp),
    });
  };
}
