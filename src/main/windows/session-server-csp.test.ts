import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/connection';
import { createHostingService } from '../services/hosting';
import { createSessionServerService } from '../services/session-server';
import { createAppRequestHandler } from './app-protocol';
import { sessionServerCsp } from './csp';

let base: string;
let db: Db;
let handle: (request: Request) => Promise<Response>;
let service: ReturnType<typeof createSessionServerService>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'cercle-csp-'));
  await mkdir(join(base, 'assets'));
  await writeFile(join(base, 'index.html'), '<!doctype html><title>Cercle</title>');
  await writeFile(join(base, 'join.html'), '<!doctype html><title>Rejoindre</title>');
  db = openDatabase(':memory:');
  service = createSessionServerService(db, createHostingService({ workers: 0 }));
  handle = createAppRequestHandler({
    root: base,
    cspOptions: sessionServerCsp(() => service.origins()),
  });
});

afterAll(async () => {
  db.close();
  await rm(base, { recursive: true, force: true });
});

const connectSrc = async (path: string) => {
  const response = await handle(new Request(`app://cercle/${path}`));
  const csp = response.headers.get('content-security-policy') ?? '';
  return csp.split('; ').find((directive) => directive.startsWith('connect-src ')) ?? '';
};

describe('the app page may reach the session server chosen in Settings', () => {
  it('names nothing but itself before a server is chosen', async () => {
    expect(await connectSrc('index.html')).toBe("connect-src 'self'");
  });

  it('names the chosen server (http and WebSocket) from the next page load on', async () => {
    await service.setRemote('https://visio.example.org', 'a-facilitator-key-1234');
    expect(await connectSrc('index.html')).toBe(
      "connect-src 'self' https://visio.example.org wss://visio.example.org",
    );
  });

  it('never widens the participant page, which reaches only its own server', async () => {
    expect(await connectSrc('join.html')).toBe("connect-src 'self'");
  });
});
