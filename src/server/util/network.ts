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
