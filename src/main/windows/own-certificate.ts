import { X509Certificate } from 'node:crypto';

/** What Electron's setCertificateVerifyProc hands over that matters here. */
export type VerifyRequest = { hostname: string; certificate: { data: string } };

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function fingerprintOf(pem: string): string | undefined {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return undefined;
  }
}

/**
 * Lets the app's own window reach the server it hosts on the network: that
 * server's certificate was made on this computer, so no authority vouches for
 * it. Trusted only on loopback and only for the exact certificate (by its
 * SHA-256); everything else keeps Chromium's own verdict (-3).
 */
export function trustHostedCertificate(
  fingerprint: () => string | undefined,
): (request: VerifyRequest, callback: (result: number) => void) => void {
  return (request, callback) => {
    const expected = fingerprint();
    const ours =
      expected !== undefined &&
      loopback.has(request.hostname) &&
      fingerprintOf(request.certificate.data) === expected;
    callback(ours ? 0 : -3);
  };
}
