import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../src/shared/ipc-channels';
import { createElectronFake, type ElectronFake } from './electron-fakes';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

let dir: string;
let current: ElectronFake | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cercle-shell-'));
  vi.resetModules();
  vi.stubEnv('CERCLE_DB_PATH', join(dir, 'data', 'cercle.db'));
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

afterEach(async () => {
  current?.app.emit('will-quit');
  current = undefined;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** Loads src/main/index.ts against a fresh fake electron, as the app would start. */
async function boot(setup: (fake: ElectronFake) => void = () => undefined) {
  const fake = createElectronFake();
  vi.doMock('electron', () => fake);
  setup(fake);
  current = fake;
  await import('../../src/main/index');
  return fake;
}

function ipcHandler(fake: ElectronFake, channel: string): Handler {
  const call = fake.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`no handler for ${channel}`);
  return call[1] as Handler;
}

describe('main process wiring (packaged)', () => {
  it('registers the app scheme and the sandbox before ready', async () => {
    const fake = await boot();
    await fake.when('window');
    const registered = fake.protocol.registerSchemesAsPrivileged.mock;
    expect(registered.calls[0]?.[0]).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const readyAt = fake.app.whenReady.mock.invocationCallOrder[0] ?? 0;
    expect(registered.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(fake.app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('serves app:// without escaping the renderer folder', async () => {
    const fake = await boot();
    await fake.when('window');
    const [scheme, handle] = fake.protocol.handle.mock.calls[0] as unknown as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const escape = await handle(new Request('app://cercle/..%2f..%2f..%2fpackage.json'));
    expect(escape.status).toBe(404);
  });

  it('opens one secure window on the app page', async () => {
    const fake = await boot();
    await fake.when('window');
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://cercle/index.html');
    expect(window?.options).toMatchObject({
      title: 'Cercle',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        preload: expect.stringMatching(/preload[/\\]index\.cjs$/),
      },
    });
    // The guards installed on 'web-contents-created' hold the window's page.
    expect(window?.webContents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(window?.webContents.navigate('will-navigate', 'app://cercle/join.html')).toBe(false);
    expect(window?.webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({
      action: 'deny',
    });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('grants media to the app page only', async () => {
    const fake = await boot();
    await fake.when('window');
    const ses = fake.session.defaultSession;
    const media = { requestingUrl: 'app://cercle/index.html', mediaTypes: ['audio', 'video'] };
    expect(await ses.request('media', media)).toBe(true);
    expect(await ses.request('media', { ...media, requestingUrl: 'http://localhost:5173/' })).toBe(
      false,
    );
    expect(await ses.request('geolocation', { requestingUrl: media.requestingUrl })).toBe(false);
  });

  it('checks certificates itself only for its own hosted server: anything else keeps Chromium’s verdict', async () => {
    const fake = await boot();
    await fake.when('window');
    const verify = fake.session.defaultSession.certificateVerifyProc as (
      request: { hostname: string; certificate: { data: string } },
      callback: (result: number) => void,
    ) => void;
    const verdict = await new Promise<number>((resolve) =>
      verify(
        { hostname: 'visio.example.org', certificate: { data: 'not a certificate' } },
        resolve,
      ),
    );
    expect(verdict).toBe(-3);
  });

  it('routes every IPC channel through the checked router to a real database', async () => {
    const fake = await boot();
    await fake.when('window');
    const channels = fake.ipcMain.handle.mock.calls.map(([name]) => name);
    expect(channels.sort()).toEqual([...ipcChannels].sort());

    const create = ipcHandler(fake, 'groups:create');
    const app = { senderFrame: { url: 'app://cercle/index.html' } };
    const foreign = { senderFrame: { url: 'https://evil.example/' } };
    expect(await create(foreign, { name: 'Jeudi' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(await create(app, { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await create(app, { name: 'Jeudi' })).toMatchObject({ ok: true });
    const info = await ipcHandler(fake, 'app:info')(app, {});
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test' } });
  });

  it('closes the database on will-quit', async () => {
    const fake = await boot();
    await fake.when('window');
    const path = join(dir, 'data', 'cercle.db');
    await ipcHandler(fake, 'groups:create')(
      { senderFrame: { url: 'app://cercle/index.html' } },
      { name: 'Vendredi' },
    );
    expect(existsSync(`${path}-wal`)).toBe(true);
    fake.app.emit('will-quit');
    // SQLite folds the WAL back and removes it when the last connection closes.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT name FROM groups').all()).toEqual([{ name: 'Vendredi' }]);
    db.close();
  });

  it('quits at once when another Cercle is already running', async () => {
    const fake = await boot((f) => {
      f.app.singleInstance = false;
    });
    await fake.when('quit');
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});

describe('a database Cercle cannot open', () => {
  const refuse = async (prepare: (path: string) => void) => {
    const path = join(dir, 'data', 'cercle.db');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mkdirSync(join(dir, 'data'));
    prepare(path);
    const before = readFileSync(path);
    const fake = await boot();
    await fake.when('exit');
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const [title, content] = fake.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    return { title, content };
  };

  it('from a newer version: says so in French and English, leaves the file alone', async () => {
    const { title, content } = await refuse((path) => {
      const db = new Database(path);
      db.exec('CREATE TABLE future (x); PRAGMA user_version = 999;');
      db.close();
    });
    expect(title).toContain('version');
    expect(content).toContain('Mettez Cercle à jour');
    expect(content).toContain('Update Cercle');
  });

  it('that is not SQLite: says so and leaves the file alone', async () => {
    const { content } = await refuse((path) => {
      writeFileSync(path, 'Liste des participants\n'.repeat(200));
    });
    expect(content).toContain('n’est pas une base de données Cercle');
    expect(content).toContain('is not a Cercle database');
  });
});

describe('development (electron-vite dev)', () => {
  it('loads the dev server with the dev CSP, and trusts that origin', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const fake = await boot((f) => {
      f.app.isPackaged = false;
    });
    await fake.when('window');
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    const headers = await new Promise<{ responseHeaders?: Record<string, string[]> }>((resolve) =>
      (fake.session.defaultSession.headersReceived as (...args: unknown[]) => void)(
        { url: 'http://localhost:5173/index.html', responseHeaders: {} },
        resolve,
      ),
    );
    const csp = headers.responseHeaders?.['Content-Security-Policy']?.[0] ?? '';
    expect(csp).toContain('ws://localhost:5173');
    expect(csp).not.toContain('unsafe-eval');
    const info = ipcHandler(fake, 'app:info');
    expect(await info({ senderFrame: { url: 'http://localhost:5173/' } }, {})).toMatchObject({
      ok: true,
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = await boot();
    await fake.when('window');
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('app://cercle/index.html');
    const info = ipcHandler(fake, 'app:info');
    expect(await info({ senderFrame: { url: 'http://localhost:5173/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });
});
