import type { IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../src/main/core';
import { directoryPlatform } from '../../src/main/platform/directory-platform';
import { registerIpcHandlers } from '../../src/main/windows/ipc-bridge';
import { isTrustedSender } from '../../src/main/windows/origin';
import { ipcChannels } from '../../src/shared/ipc-channels';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

let core: Core | undefined;
afterEach(() => core?.close());

function wire() {
  core = openCore({
    databasePath: ':memory:',
    version: 'test',
    isTrustedSender,
    platform: directoryPlatform(join(tmpdir(), 'cercle-ipc-unused')),
  });
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: vi.fn((channel: string, h: Handler) => handlers.set(channel, h)) };
  registerIpcHandlers(ipcMain as unknown as IpcMain, core.router);
  const call = (channel: string, input: unknown, senderUrl: string | undefined | null) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const senderFrame = senderUrl === null ? null : { url: senderUrl };
    return handler({ senderFrame }, input);
  };
  return { handlers, call };
}

const app = 'app://cercle/index.html';

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { handlers } = wire();
    expect([...handlers.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it('serves calls from the app page', async () => {
    const { call } = wire();
    const created = await call('groups:create', { name: 'Mardi soir' }, app);
    expect(created).toMatchObject({ ok: true, value: { name: 'Mardi soir' } });
    const listed = await call('groups:list', {}, app);
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Mardi soir' }] });
  });

  it('refuses a foreign, vanished or participant sender frame', async () => {
    const { call } = wire();
    for (const sender of ['https://evil.example/', undefined, null, 'app://cercle/join.html']) {
      expect(await call('groups:create', { name: 'X' }, sender), String(sender)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      });
    }
    expect(await call('groups:list', {}, app)).toEqual({ ok: true, value: [] });
  });

  it('answers a bad payload with VALIDATION and keeps serving', async () => {
    const { call } = wire();
    for (const input of [{ name: 42 }, { name: 'ok', extra: true }, null, 'text']) {
      expect(await call('groups:create', input, app)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await call('app:info', {}, app)).toMatchObject({ ok: true });
  });

  it('copes with a frame that throws when asked for its URL', async () => {
    const { handlers } = wire();
    const frame = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    const result = await handlers.get('app:info')?.({ senderFrame: frame }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });
});
