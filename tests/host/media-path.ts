import type { BrowserContext } from '@playwright/test';
import type { UdpRelay } from './udp-relay';

type Candidate = { protocol?: unknown; address?: unknown; port?: unknown };

/**
 * Sends a browser context's media through a relay. The page's signaling
 * socket is routed through Playwright: the server's replies pass unchanged
 * except for ICE candidates, which are narrowed to the relay's UDP port (the
 * TCP candidate would bypass it). The server itself is not touched.
 */
export async function routeMediaThrough(context: BrowserContext, relay: UdpRelay): Promise<void> {
  await context.routeWebSocket(/\/ws$/, (page) => {
    const server = page.connectToServer();
    page.onMessage((message) => server.send(message));
    server.onMessage((message) => page.send(rewrite(message, relay)));
    page.onClose((code, reason) => server.close(closing(code, reason)));
    server.onClose((code, reason) => page.close(closing(code, reason)));
  });
}

/** Only codes a peer may send pass on (the server's own 4xxx codes say why a seat ended). */
function closing(code: number | undefined, reason: string | undefined) {
  const sendable = code === 1000 || (code !== undefined && code >= 3000 && code <= 4999);
  return sendable ? { code, reason: reason ?? '' } : {};
}

function rewrite(message: string | Buffer, relay: UdpRelay): string | Buffer {
  if (typeof message !== 'string' || !message.includes('"iceCandidates"')) return message;
  const parsed = JSON.parse(message) as { data?: { iceCandidates?: Candidate[] } };
  const candidates = parsed.data?.iceCandidates;
  if (!Array.isArray(candidates)) return message;
  const udp = candidates.find((candidate) => candidate.protocol === 'udp');
  if (!udp || typeof udp.address !== 'string' || typeof udp.port !== 'number') return message;
  relay.target(udp.address, udp.port);
  parsed.data!.iceCandidates = [{ ...udp, address: '127.0.0.1', port: relay.port }];
  return JSON.stringify(parsed);
}
