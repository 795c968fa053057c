import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildCsp, pageKindOf, type CspOptions, type PageKind } from '../../src/shared/csp';
import { contentTypeOf, resolveStaticPath } from '../../src/server/util/static-files';

/** Serves the built renderer with the same CSP the Electron shell sets (session server included). */
export function createStaticHandler(
  root: string,
  cspOptions: (page: PageKind) => CspOptions = () => ({}),
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = resolveStaticPath(root, url.pathname);
    let isFile = false;
    try {
      isFile = path !== undefined && statSync(path).isFile();
    } catch {
      isFile = false;
    }
    if (req.method !== 'GET' || !path || !isFile) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': contentTypeOf(path),
      'content-security-policy': buildCsp(
        pageKindOf(url.pathname),
        cspOptions(pageKindOf(url.pathname)),
      ),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(res);
  };
}
