import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SignalingClient } from '../../shared/signaling/client';
import { silentLogger } from '../../server/log';
import { connectClient, mediaSkipReason } from '../../server/testing/harness';
import { openDatabase, type Db } from '../db/connection';
import { readSettings, writeSetting } from '../db/repos/settings';
import type { SecretStore } from '../platform/secrets';
import { createHostingService } from './hosting';
import { tlsFileName } from './hosting-tls';
import { createSessionServerService, type SessionServerService } from './session-server';

let db: Db;
let configDir: string;
let service: SessionServerService;
const blockers: Server[] = [];

beforeEach(() => {
  db = openDatabase(':memory:');
  configDir = mkdtempSync(join(tmpdir(), 'cercle-hosting-'));
  service = createSessionServerService(
    db,
    createHostingService({ configDir, workers: 0, logger: silentLogger }),
  );
});

afterEach(async () => {
  await service.close();
  for (const blocker of blockers.splice(0)) blocker.close();
  db.close();
  rmSync(configDir, { recursive: true, force: true });
});

async function health(url: string): Promise<{ status: string }> {
  const response = await fetch(`${url}/healthz`);
  return (await response.json()) as { status: string };
}

function httpsGet(url: string, ca: string) {
  return new Promise<{ status: number; body: string; hsts: unknown }>((resolve, reject) => {
    request(url, { ca }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          hsts: res.headers['strict-transport-security'],
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

function occupy(port: number): Promise<void> {
  const blocker = createServer();
  blockers.push(blocker);
  return new Promise((resolve) => blocker.listen(port, '127.0.0.1', () => resolve()));
}

describe('hosting the session server on this computer', () => {
  it('starts on loopback, opens rooms with the key kept in the app data folder, and stops', async () => {
    const info = await service.host(false);
    expect(info.mode).toBe('hosted');
    if (info.hosting.state !== 'running') throw new Error(`not running: ${info.hosting.state}`);
    expect(info.hosting.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.hosting.joinUrlBase).toBe(`${info.hosting.url}/join`);
    expect(info.origins).toEqual([info.hosting.url, info.hosting.url.replace('http', 'ws')]);
    expect(info.hosting.tls).toBeNull();
    expect(await health(info.hosting.url)).toEqual({ status: 'ok' });

    const connection = await service.connect();
    if (!connection.ok) throw new Error(connection.reason);
    const stored = JSON.parse(readFileSync(join(configDir, 'session-server.json'), 'utf8'));
    expect(stored.facilitatorKeys).toEqual([
      expect.objectContaining({ name: 'default', key: connection.facilitatorKey }),
    ]);
    const client: SignalingClient = await connectClient(connection.wsUrl);
    const room = await client.request('createRoom', {
      facilitatorKey: connection.facilitatorKey,
      title: 'Groupe du jeudi',
      agreements: 'Confidentialité.',
      displayName: 'Animatrice',
    });
    expect(room.invite.url.startsWith(`${info.hosting.url}/join/${room.roomId}#invite=`)).toBe(
      true,
    );
    client.close();

    const stopped = await service.stopHosting();
    expect(stopped.hosting.state).toBe('stopped');
    await expect(fetch(`${info.hosting.url}/healthz`)).rejects.toThrow();
  });

  it('comes back on the same port, so the app page that named it can still reach it', async () => {
    const first = await service.host(false);
    await service.stopHosting();
    const again = await service.connect();
    if (!again.ok || first.hosting.state !== 'running') throw new Error('not running');
    expect(again.url).toBe(first.hosting.url);
    expect(service.origins()).toEqual(first.origins);
  });

  it('moves to a free port when the remembered one is taken', async () => {
    const first = await service.host(false);
    await service.stopHosting();
    if (first.hosting.state !== 'running') throw new Error('not running');
    await occupy(Number(new URL(first.hosting.url).port));
    const again = await service.host(false);
    if (again.hosting.state !== 'running') throw new Error(again.hosting.state);
    expect(again.hosting.url).not.toBe(first.hosting.url);
    expect(again.origins).not.toEqual(first.origins);
  });

  it('says why it could not start, and opens no room then', async () => {
    service = createSessionServerService(
      db,
      createHostingService({
        configDir,
        logger: silentLogger,
        start: async () => {
          throw Object.assign(new Error('worker binary missing'), { code: 'MEDIA_START_FAILED' });
        },
      }),
    );
    const info = await service.host(true);
    expect(info.hosting).toMatchObject({
      state: 'failed',
      network: true,
      problem: 'MEDIA_START_FAILED',
    });
    expect(await service.connect()).toEqual({
      ok: false,
      reason: 'hostingFailed',
      problem: 'MEDIA_START_FAILED',
    });
  });

  it.skipIf(mediaSkipReason() !== undefined)(
    'runs a real media worker when one exists',
    async () => {
      const withMedia = createHostingService({ configDir, logger: silentLogger });
      const status = await withMedia.start({ network: false });
      try {
        if (status.state !== 'running') throw new Error(status.state);
        expect(await health(status.url)).toMatchObject({ status: 'ok' });
      } finally {
        await withMedia.stop();
      }
    },
  );
});

describe('hosting on the local network', () => {
  // Tests listen on 127.0.0.1 only: it stands in for this computer's LAN address.
  beforeEach(() => {
    service = createSessionServerService(
      db,
      createHostingService({
        configDir,
        workers: 0,
        logger: silentLogger,
        networkListen: '127.0.0.1',
        networkAnnounced: '127.0.0.1',
        appOrigins: () => ['http://127.0.0.1:5173'],
      }),
    );
  });

  it('speaks TLS with a certificate made here, shows its fingerprint, and keeps it for next time', async () => {
    const info = await service.host(true);
    if (info.hosting.state !== 'running') throw new Error(info.hosting.state);
    expect(info.hosting.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(info.origins).toEqual([info.hosting.url, info.hosting.url.replace('https', 'wss')]);
    const tls = info.hosting.tls;
    if (!tls) throw new Error('no certificate');
    expect(tls.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    // A browser that trusts exactly this certificate reaches the join page over TLS.
    const { cert } = JSON.parse(readFileSync(join(configDir, tlsFileName), 'utf8'));
    expect(new X509Certificate(cert).fingerprint256).toBe(tls.fingerprint);
    expect(statSync(join(configDir, tlsFileName)).mode & 0o777).toBe(0o600);
    const page = await httpsGet(`${info.hosting.url}/healthz`, cert);
    expect(page).toMatchObject({ status: 200, body: '{"status":"ok"}' });
    // Strict-Transport-Security would pin a browser to a certificate it only accepted once.
    expect(page.hsts).toBeUndefined();

    // Signaling goes over wss too, from the app's own page origin.
    const connection = await service.connect();
    if (!connection.ok) throw new Error(connection.reason);
    expect(connection.wsUrl).toMatch(/^wss:/);
    const client = await connectClient(connection.wsUrl, {
      ca: cert,
      headers: { Origin: 'http://127.0.0.1:5173' },
    });
    await expect(client.request('ping', {})).resolves.toHaveProperty('serverTime');
    client.close();
    expect(service.hostedFingerprint()).toBe(tls.fingerprint);

    await service.stopHosting();
    const again = await service.host(true);
    if (again.hosting.state !== 'running') throw new Error(again.hosting.state);
    expect(again.hosting.tls?.fingerprint).toBe(tls.fingerprint);
  });

  it('this computer alone stays plain http on loopback, without a certificate', async () => {
    const info = await service.host(false);
    if (info.hosting.state !== 'running') throw new Error(info.hosting.state);
    expect(info.hosting.url).toMatch(/^http:/);
    expect(info.hosting.tls).toBeNull();
    expect(service.hostedFingerprint()).toBeUndefined();
  });
});

describe('an association’s server', () => {
  it('keeps the URL and key, shows only the end of the key, and keeps it when only the URL changes', async () => {
    const info = await service.setRemote('https://visio.example.org', 'secret-key-abcd1234');
    expect(info).toMatchObject({
      mode: 'remote',
      remote: { url: 'https://visio.example.org', keyHint: '••••••1234' },
      origins: ['https://visio.example.org', 'wss://visio.example.org'],
    });
    expect(JSON.stringify(info)).not.toContain('secret-key');

    const moved = await service.setRemote('https://cercle.example.net:8443', undefined);
    expect(moved.remote).toEqual({ url: 'https://cercle.example.net:8443', keyHint: '••••••1234' });
    expect(await service.connect()).toEqual({
      ok: true,
      url: 'https://cercle.example.net:8443',
      wsUrl: 'wss://cercle.example.net:8443/ws',
      facilitatorKey: 'secret-key-abcd1234',
      hosted: false,
    });
  });

  it('is sealed in the database with the system’s key store, and says how it is kept', async () => {
    // A store that "encrypts" by reversing: it stands in for Electron's safeStorage.
    const sealing: SecretStore = {
      protection: 'os',
      seal: (secret) => `os:${[...secret].reverse().join('')}`,
      open: (stored) =>
        stored.startsWith('os:') ? [...stored.slice(3)].reverse().join('') : stored,
    };
    writeSetting(db, 'sessionServer.key', 'legacy-plain-key-9876');
    writeSetting(db, 'sessionServer.url', 'https://visio.example.org');
    writeSetting(db, 'sessionServer.mode', 'remote');
    const sealed = createSessionServerService(db, createHostingService({ configDir }), sealing);
    // A key saved in clear by an older version is sealed at start.
    expect(readSettings(db).get('sessionServer.key')).toBe('os:6789-yek-nialp-ycagel');
    expect(sealed.info()).toMatchObject({
      keyProtection: 'os',
      keyUnreadable: false,
      remote: { keyHint: '••••••9876' },
    });
    await sealed.setRemote('https://visio.example.org', 'secret-key-abcd1234');
    expect(readSettings(db).get('sessionServer.key')).not.toContain('secret-key');
    expect(await sealed.connect()).toMatchObject({
      ok: true,
      facilitatorKey: 'secret-key-abcd1234',
    });

    // Without that key store (another computer), the key cannot be read: it must be entered again.
    const elsewhere = createSessionServerService(db, createHostingService({ configDir }));
    expect(elsewhere.info()).toMatchObject({
      keyProtection: 'none',
      keyUnreadable: true,
      remote: null,
    });
    expect(await elsewhere.connect()).toEqual({ ok: false, reason: 'notConfigured' });
  });

  it('is not configured at first', async () => {
    expect(service.info()).toMatchObject({
      mode: 'none',
      remote: null,
      origins: [],
      keyProtection: 'none',
      keyUnreadable: false,
    });
    expect(await service.connect()).toEqual({ ok: false, reason: 'notConfigured' });
  });
});

if (mediaSkipReason()) console.log(`hosting media check skipped: ${mediaSkipReason()}`);
