import { networkInterfaces } from 'node:os';

export function isWildcard(address: string): boolean {
  return address === '0.0.0.0' || address === '::';
}

/** The first non-internal IPv4 address, the usual LAN address of a machine. */
export function firstLanIPv4(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return undefined;
}

/** host:port with IPv6 addresses bracketed. */
export function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** An address as people write it: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) shown as IPv4. */
export function plainAddress(address: string | undefined): string {
  if (!address) return 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/**
 * Who is on the other end. Behind a TLS proxy every connection comes from
 * the proxy, so with `trustProxy` the address is the last one the proxy added
 * to X-Forwarded-For (earlier entries come from the client and prove nothing).
 */
export function clientAddress(
  request: {
    headers: Record<string, string | string[] | undefined>;
    socket: { remoteAddress?: string | undefined };
  },
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for'];
    const value = Array.isArray(header) ? header.at(-1) : header;
    const last = value?.split(',').at(-1)?.trim();
    if (last) return plainAddress(last);
  }
  return plainAddress(request.socket.remoteAddress);
}

/** Every non-internal IPv4 address of this machine (what LAN participants may reach it at). */
export function lanIPv4s(): string[] {
  const found: string[] = [];
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) found.push(address.address);
    }
  }
  return found;
}
