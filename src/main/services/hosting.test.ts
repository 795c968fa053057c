import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SignalingClient } from '../../shared/signaling/client';
import { silentLogger } from '../../server/log';
import { connectClient, mediaSkipReason } from '../../server/testing/harness';
import { openDatabase, type Db } from '../db/connection';
import { createHostingService } from './hosting';
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

async function health(url: string): Promise<{ status: string; rooms: number }> {
  const response = await fetch(`${url}/healthz`);
  return (await response.json()) as { status: string; rooms: number };
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
    expect(await health(info.hosting.url)).toMatchObject({ rooms: 0 });

    const connection = await service.connect();
    if (!connection.ok) throw new Error(connection.reason);
    const stored = JSON.parse(readFileSync(join(configDir, 'session-server.json'), 'utf8'));
    expect(connection.facilitatorKey).toBe(stored.facilitatorKey);
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

  it('is not configured at first', async () => {
    expect(service.info()).toMatchObject({ mode: 'none', remote: null, origins: [] });
    expect(await service.connect()).toEqual({ ok: false, reason: 'notConfigured' });
  });
});

if (mediaSkipReason()) console.log(`hosting media check skipped: ${mediaSkipReason()}`);
