import { generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { isIPv4 } from 'node:net';

/*
 * A self-signed TLS certificate for "host on this computer" on the local
 * network, made with Node's crypto alone: an ECDSA P-256 key, and an X.509 v3
 * certificate naming this computer's addresses. Browsers warn about it (no
 * authority vouches for it); the app shows its fingerprint so a participant
 * can check they reached this computer and not another.
 */

export type SelfSigned = {
  /** PEM certificate and private key. */
  cert: string;
  key: string;
  /** SHA-256 of the certificate, as browsers show it (AB:CD:…). */
  fingerprint: string;
  /** When browsers stop accepting it (ms since epoch). */
  notAfter: number;
};

/** DER: tag, length, content. */
function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  let length: Buffer;
  if (n < 0x80) length = Buffer.from([n]);
  else if (n < 0x100) length = Buffer.from([0x81, n]);
  else length = Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

const sequence = (...items: Buffer[]) => der(0x30, ...items);
const set = (...items: Buffer[]) => der(0x31, ...items);
const octets = (value: Buffer) => der(0x04, value);
const explicit = (n: number, item: Buffer) => der(0xa0 + n, item);

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const part of rest) {
    const chunk = [part & 0x7f];
    for (let v = part >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function integer(value: Buffer): Buffer {
  // Positive: a leading 0 when the high bit is set.
  return der(0x02, value[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
}

/** UTCTime (YYMMDDHHMMSSZ), good until 2049. */
function utcTime(date: Date): Buffer {
  const iso = date.toISOString();
  const text = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return der(0x17, Buffer.from(text, 'ascii'));
}

function name(commonName: string): Buffer {
  return sequence(set(sequence(oid('2.5.4.3'), der(0x0c, Buffer.from(commonName, 'utf8')))));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [der(0x01, Buffer.from([0xff]))] : []), octets(value));
}

/** SubjectAltName: IPv4 addresses ([7]) and host names ([2]). */
function altNames(ips: readonly string[], hosts: readonly string[]): Buffer {
  const entries = [
    ...ips.map((ip) => der(0x87, Buffer.from(ip.split('.').map(Number)))),
    ...hosts.map((host) => der(0x82, Buffer.from(host, 'ascii'))),
  ];
  return sequence(...entries);
}

/** `AB:CD:…` from Node's fingerprint256. */
export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/** A certificate for `ips` (IPv4) and localhost, valid from now for `days`. */
export function makeSelfSigned(ips: readonly string[], days = 365, now = new Date()): SelfSigned {
  const addresses = [...new Set(ips.filter((ip) => isIPv4(ip)))];
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const ecdsaWithSha256 = sequence(oid('1.2.840.10045.4.3.2'));
  // Browsers accept a certificate from a little before "now", in case clocks differ.
  // Whole seconds: that is all UTCTime holds.
  const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
  const notBefore = second(now.getTime() - 60 * 60_000);
  const notAfter = second(now.getTime() + days * 24 * 60 * 60_000);
  const subject = name('Cercle – this computer');
  // Positive and minimal (DER): high bit clear, first byte never 0.
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01;
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ecdsaWithSha256,
    subject,
    sequence(utcTime(notBefore), utcTime(notAfter)),
    subject,
    spki,
    explicit(
      3,
      sequence(
        extension('2.5.29.19', true, sequence()),
        extension('2.5.29.15', true, der(0x03, Buffer.from([0x07, 0x80]))),
        extension('2.5.29.37', false, sequence(oid('1.3.6.1.5.5.7.3.1'))),
        extension('2.5.29.17', false, altNames(addresses, ['localhost'])),
      ),
    ),
  );
  const signature = sign('sha256', tbs, privateKey);
  const certificate = sequence(tbs, ecdsaWithSha256, der(0x03, Buffer.from([0]), signature));
  const body = certificate.toString('base64').replace(/(.{64})/g, '$1\n');
  const cert = `-----BEGIN CERTIFICATE-----\n${body.trimEnd()}\n-----END CERTIFICATE-----\n`;
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { cert, key, fingerprint: fingerprintOf(cert), notAfter: notAfter.getTime() };
}
