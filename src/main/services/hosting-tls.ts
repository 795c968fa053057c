import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fingerprintOf, makeSelfSigned, type SelfSigned } from './self-signed';

/** Kept beside the server's key file, readable by this user only: it holds the private key. */
export const tlsFileName = 'hosting-tls.json';

const fileSchema = z.strictObject({ cert: z.string().max(20_000), key: z.string().max(20_000) });

/** Renewed when it has less than this left, so it never lapses during a session. */
const renewBeforeMs = 30 * 24 * 60 * 60_000;

function covers(cert: X509Certificate, ips: readonly string[]): boolean {
  const names = cert.subjectAltName ?? '';
  return ips.every((ip) => names.split(', ').includes(`IP Address:${ip}`));
}

function stored(path: string): SelfSigned | undefined {
  try {
    const { cert, key } = fileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    const parsed = new X509Certificate(cert);
    return { cert, key, fingerprint: fingerprintOf(cert), notAfter: Date.parse(parsed.validTo) };
  } catch {
    return undefined;
  }
}

/**
 * The certificate for hosting on the local network: the one kept in `dir`
 * while it is valid and names every address given, else a new one (its
 * fingerprint changes then, and participants accept the warning again).
 */
export function hostingCertificate(
  dir: string,
  ips: readonly string[],
  now = Date.now(),
): SelfSigned {
  const path = join(dir, tlsFileName);
  const kept = stored(path);
  if (kept && kept.notAfter - now > renewBeforeMs && covers(new X509Certificate(kept.cert), ips)) {
    return kept;
  }
  const made = makeSelfSigned(ips, 365, new Date(now));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ cert: made.cert, key: made.key }), { mode: 0o600 });
  renameSync(temp, path);
  return made;
}
