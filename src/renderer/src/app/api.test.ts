import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../shared/api';
import type { Result } from '../../../shared/errors';
import { ApiError, createApi } from './api';

const group = { id: 'g1', name: 'Entraide', createdAt: 1, archivedAt: null };

describe('createApi', () => {
  it('resolves to the value of a successful call and sends the input unchanged', async () => {
    const calls: unknown[] = [];
    const api = createApi(
      buildApi(async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, value: group };
      }),
    );
    await expect(api.groups.create({ name: 'Entraide' })).resolves.toEqual(group);
    expect(calls).toEqual([['groups:create', { name: 'Entraide' }]]);
  });

  it('rejects with the code and field problems of a refused call', async () => {
    const refused: Result<never> = {
      ok: false,
      error: { code: 'NAME_TAKEN', message: 'taken', fields: [{ path: 'name', message: 'taken' }] },
    };
    const api = createApi(buildApi(async () => refused));
    const error = await api.groups.create({ name: 'Entraide' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('NAME_TAKEN');
    expect((error as ApiError).fieldProblem('name')).toBe('taken');
  });

  it('turns an unknown code or a failing bridge into INTERNAL, never a raw exception', async () => {
    const unknownCode = createApi(
      buildApi(async () => ({ ok: false, error: { code: 'NOPE', message: 'x' } }) as never),
    );
    await expect(unknownCode.app.info({})).rejects.toMatchObject({ code: 'INTERNAL' });

    const broken = createApi(
      buildApi(async () => {
        throw new Error('socket closed');
      }),
    );
    await expect(broken.settings.get({})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
