import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { StartError } from './errors';
import { silentLogger } from './log';
import { startSessionServer } from './server';
import { healthOf, startTestServer, type TestServer } from './testing/harness';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('HTTP', () => {
  test('/join/<room> serves the participant page with its CSP and security headers', async () => {
    t = await startTestServer({ publicUrl: 'https://visio.example.org' });
    const response = await fetch(`${t.server.url}/join/AbCdEfGh1234`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>join</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' wss://visio.example.org");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(t.server.joinUrlBase).toBe('https://visio.example.org/join');
  });

  test('assets are served from /assets and /join/assets; nothing else of the build is', async () => {
    t = await startTestServer();
    for (const path of ['/assets/join-abc123.js', '/join/assets/join-abc123.js']) {
      const response = await fetch(`${t.server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await response.text()).toBe('console.log("join")');
    }
    for (const path of [
      '/',
      '/index.html',
      '/join.html',
      '/assets/..%2findex.html',
      '/assets/%2e%2e/index.html',
      '/assets/missing.js',
      '/join/not a room',
    ]) {
      expect((await fetch(`${t.server.url}${path}`)).status, path).toBe(404);
    }
    const post = await fetch(`${t.server.url}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  test('without a renderer build the join page says how to build it', async () => {
    t = await startTestServer({ staticRoot: join(tmpdir(), 'cercle-no-such-build') });
    const response = await fetch(`${t.server.url}/join/AbCdEfGh1234`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:vite');
  });

  test('the monitoring listener reports counts; the public one only says it is up', async () => {
    t = await startTestServer();
    expect(t.server.monitoringUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await healthOf(t.server)).toEqual({
      status: 'ok',
      rooms: 0,
      peers: 0,
      workersAlive: 0,
      workers: 0,
    });
    const metrics = await fetch(`${t.server.monitoringUrl}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    for (const name of ['cercle_rooms 0', 'cercle_peers{state="joined"} 0', 'cercle_consumers 0']) {
      expect(text).toContain(name);
    }
    expect(await fetch(`${t.server.url}/healthz`).then((r) => r.json())).toEqual({ status: 'ok' });
    expect((await fetch(`${t.server.url}/metrics`)).status).toBe(404);
  });
});

describe('start-up errors', () => {
  test('a port in use gives a clear error', async () => {
    t = await startTestServer();
    const attempt = startSessionServer({ port: t.server.port, workers: 0, logger: silentLogger });
    await expect(attempt).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    await expect(attempt).rejects.toThrow(`Port ${t.server.port} is already in use`);
  });

  test('an unreadable certificate gives a clear error', async () => {
    const attempt = startSessionServer({
      workers: 0,
      tls: { certFile: '/nonexistent/cert.pem', keyFile: '/nonexistent/key.pem' },
      logger: silentLogger,
    });
    await expect(attempt).rejects.toBeInstanceOf(StartError);
    await expect(attempt).rejects.toMatchObject({ code: 'CERT_UNREADABLE' });
    await expect(attempt).rejects.toThrow('/nonexistent/cert.pem');
  });
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const noOpenssl = !hasOpenssl();
if (noOpenssl) console.log('HTTPS test skipped: no openssl command to make a test certificate');

describe('TLS', () => {
  test.skipIf(noOpenssl)('serves HTTPS with the given certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-tls-'));
    try {
      const certFile = join(dir, 'cert.pem');
      const keyFile = join(dir, 'key.pem');
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-keyout',
          keyFile,
          '-out',
          certFile,
        ],
        { stdio: 'ignore' },
      );
      t = await startTestServer({ tls: { certFile, keyFile } });
      expect(t.server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const { status, hsts } = await new Promise<{ status: number; hsts: unknown }>(
        (resolve, reject) => {
          request(`${t!.server.url}/healthz`, { rejectUnauthorized: false }, (res) => {
            res.resume();
            resolve({
              status: res.statusCode ?? 0,
              hsts: res.headers['strict-transport-security'],
            });
          })
            .on('error', reject)
            .end();
        },
      );
      expect(status).toBe(200);
      expect(hsts).toContain('max-age=');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
