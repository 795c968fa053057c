import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { ipcChannels } from '../../shared/ipc-channels';
import { openDatabase } from '../db/connection';
import { directoryPlatform } from '../platform/directory-platform';
import { createServices } from '../services';
import { createHandlers } from './handlers';
import { createRouter, type Handlers } from './router';

const APP = 'app://cercle/index.html';
const trusted = (url: string | undefined) => url === APP;

function realRouter() {
  const db = openDatabase(':memory:');
  const services = createServices(
    db,
    { version: 'test', databasePath: ':memory:' },
    directoryPlatform(tmpdir()),
  );
  return { db, router: createRouter(createHandlers(services), trusted) };
}

/** Handlers that record whether they were reached. */
function spyRouter() {
  const handlers = Object.fromEntries(
    ipcChannels.map((c) => [c, vi.fn(() => 'reached')]),
  ) as unknown as Handlers;
  const logger = { error: vi.fn() };
  return { handlers, logger, router: createRouter(handlers, trusted, logger) };
}

describe('IPC router', () => {
  it('answers a valid call with the service result', async () => {
    const { router } = realRouter();
    const created = await router.dispatch('groups:create', { name: '  Mardi soir  ' }, APP);
    expect(created).toMatchObject({ ok: true, value: { name: 'Mardi soir', archivedAt: null } });
    const listed = await router.dispatch('groups:list', {}, APP);
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Mardi soir' }] });
  });

  it.each([
    ['a missing name', 'groups:create', {}],
    ['an empty name', 'groups:create', { name: '   ' }],
    ['an 81-character name', 'groups:create', { name: 'x'.repeat(81) }],
    ['a name with a control character', 'groups:create', { name: 'Mardi\u0007' }],
    ['a number for a name', 'groups:create', { name: 42 }],
    ['an unexpected field', 'groups:create', { name: 'ok', admin: true }],
    ['a non-uuid id', 'groups:archive', { id: '1; DROP TABLE groups' }],
    ['a string instead of an object', 'groups:list', 'all'],
    ['null', 'settings:set', null],
    ['an unknown language', 'settings:set', { language: 'de' }],
  ])(
    'refuses %s with a validation error before any handler runs',
    async (_label, channel, input) => {
      const { router, handlers } = spyRouter();
      const result = await router.dispatch(channel, input, APP);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    },
  );

  it('names the field that is wrong', async () => {
    const { router } = spyRouter();
    const result = await router.dispatch('groups:create', { name: '' }, APP);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ fields: [{ path: 'name', message: 'empty' }] }),
    });
  });

  it('refuses unknown channels and foreign senders without reaching a handler', async () => {
    const { router, handlers } = spyRouter();
    expect(await router.dispatch('groups:drop', {}, APP)).toMatchObject({
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await router.dispatch({ toString: 1 }, {}, APP)).toMatchObject({
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await router.dispatch('groups:list', {}, 'https://evil.example/')).toMatchObject({
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(await router.dispatch('groups:list', {}, undefined)).toMatchObject({
      error: { code: 'FORBIDDEN_SENDER' },
    });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('turns an AppError into its payload and anything else into INTERNAL, without throwing', async () => {
    const { router, handlers, logger } = spyRouter();
    vi.mocked(handlers['groups:list']).mockImplementation(() => {
      throw new AppError('NOT_FOUND', 'gone');
    });
    vi.mocked(handlers['groups:create']).mockImplementation(() => {
      throw new TypeError('secret internals at /home/x');
    });
    expect(await router.dispatch('groups:list', {}, APP)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'gone' },
    });
    const internal = await router.dispatch('groups:create', { name: 'a' }, APP);
    expect(internal).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Cercle.' },
    });
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('has a handler for every channel of the contract', () => {
    const { db } = realRouter();
    const handlers = createHandlers(
      createServices(db, { version: 't', databasePath: 'x' }, directoryPlatform(tmpdir())),
    );
    expect(Object.keys(handlers).sort()).toEqual([...ipcChannels].sort());
  });
});
