import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { hostingCertificate } from './hosting-tls';
import { makeSelfSigned } from './self-signed';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A TLS handshake that trusts `ca` only and checks the name, as a browser that accepted it would. */
async function handshake(cert: string, key: string, ca: string) {
  const server = createServer({ cert, key });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port, ca });
      socket.once('secureConnect', () => {
        socket.end();
        resolve('trusted');
      });
      socket.once('error', (error) =>
        resolve((error as NodeJS.ErrnoException).code ?? error.message),
      );
    });
  } finally {
    server.close();
  }
}

describe('the certificate for hosting on the network', () => {
  it('is a valid self-signed X.509 v3 certificate naming this computer’s addresses', () => {
    const made = makeSelfSigned(['127.0.0.1', '192.168.1.20', 'not-an-ip']);
    const cert = new X509Certificate(made.cert);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.subjectAltName).toBe(
      'IP Address:127.0.0.1, IP Address:192.168.1.20, DNS:localhost',
    );
    expect(cert.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(cert.ca).toBe(false);
    expect(made.fingerprint).toBe(cert.fingerprint256);
    expect(made.notAfter).toBe(Date.parse(cert.validTo));
    expect(made.key).toContain('BEGIN PRIVATE KEY');
  });

  it('a client that trusts exactly it completes a TLS handshake; with another, it does not', async () => {
    const made = makeSelfSigned(['127.0.0.1']);
    const other = makeSelfSigned(['127.0.0.1']);
    expect(await handshake(made.cert, made.key, made.cert)).toBe('trusted');
    expect(await handshake(made.cert, made.key, other.cert)).not.toBe('trusted');
  });

  it('is kept while valid for the addresses, and made anew when they change or it nears its end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-tls-'));
    dirs.push(dir);
    const now = Date.now();
    const first = hostingCertificate(dir, ['127.0.0.1', '192.168.1.20'], now);
    expect(hostingCertificate(dir, ['127.0.0.1', '192.168.1.20'], now).fingerprint).toBe(
      first.fingerprint,
    );
    const moved = hostingCertificate(dir, ['127.0.0.1', '10.0.0.5'], now);
    expect(moved.fingerprint).not.toBe(first.fingerprint);
    const later = hostingCertificate(dir, ['127.0.0.1', '10.0.0.5'], now + 340 * 24 * 60 * 60_000);
    expect(later.fingerprint).not.toBe(moved.fingerprint);
  });
});
