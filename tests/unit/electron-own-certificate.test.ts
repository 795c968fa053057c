import { describe, expect, it } from 'vitest';
import { makeSelfSigned } from '../../src/main/services/self-signed';
import { trustHostedCertificate } from '../../src/main/windows/own-certificate';

const ours = makeSelfSigned(['127.0.0.1']);
const other = makeSelfSigned(['127.0.0.1']);

function verdict(fingerprint: string | undefined, hostname: string, pem: string): Promise<number> {
  const verify = trustHostedCertificate(() => fingerprint);
  return new Promise((resolve) => verify({ hostname, certificate: { data: pem } }, resolve));
}

describe('the app trusts the certificate of the server it hosts', () => {
  it('exactly that certificate, on loopback', async () => {
    expect(await verdict(ours.fingerprint, '127.0.0.1', ours.cert)).toBe(0);
    expect(await verdict(ours.fingerprint, 'localhost', ours.cert)).toBe(0);
  });

  it('nothing else: another certificate, another host, or no hosted server keep Chromium’s verdict', async () => {
    expect(await verdict(ours.fingerprint, '127.0.0.1', other.cert)).toBe(-3);
    expect(await verdict(ours.fingerprint, '192.168.1.20', ours.cert)).toBe(-3);
    expect(await verdict(ours.fingerprint, 'visio.example.org', ours.cert)).toBe(-3);
    expect(await verdict(undefined, '127.0.0.1', ours.cert)).toBe(-3);
    expect(await verdict(ours.fingerprint, '127.0.0.1', 'garbage')).toBe(-3);
  });
});
