import { describe, expect, test } from 'vitest';
import { ApiError, type Api } from '../../api';
import { groupTagFor, type SecretStorage } from './group-tag';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: SecretStorage = {
    getItem: (name) => items.get(name) ?? null,
    removeItem: (name) => void items.delete(name),
  };
  return { storage, items };
}

/**
 * The page's side only: what it sends to `groups:tag` and what it does with
 * localStorage. The main process's side (the secret kept and imported once,
 * the same tag as before) is tested on real SQLite in group-tags.test.ts.
 */
function tagChannel(fail = false) {
  const sent: unknown[] = [];
  const api = {
    groups: {
      tag: async (input: unknown) => {
        sent.push(input);
        if (fail) throw new ApiError('DB_UNAVAILABLE', 'disk');
        return { tag: 'T'.repeat(32) };
      },
    },
  } as unknown as Api;
  return { api, sent };
}

const SECRET = 'Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC1zZWNyZXQ';
const GROUP = '11111111-1111-4111-8111-111111111111';

describe('group tags', () => {
  test('a secret left in localStorage by an older version is handed over, then removed', async () => {
    const { api, sent } = tagChannel();
    const { storage, items } = memoryStorage({ 'cercle.groupTagSecret': SECRET });
    expect(await groupTagFor(api, GROUP, storage)).toBe('T'.repeat(32));
    expect(sent).toEqual([{ id: GROUP, importSecret: SECRET }]);
    expect(items.size).toBe(0);
    await groupTagFor(api, GROUP, storage);
    expect(sent[1]).toEqual({ id: GROUP });
  });

  test('no tag when the main process cannot make one; the page keeps its secret for next time', async () => {
    const { api } = tagChannel(true);
    const { storage, items } = memoryStorage({ 'cercle.groupTagSecret': SECRET });
    expect(await groupTagFor(api, GROUP, storage)).toBeUndefined();
    expect(items.get('cercle.groupTagSecret')).toBe(SECRET);
  });

  test('refused storage: the tag still comes from the database', async () => {
    const { api, sent } = tagChannel();
    const refusing: SecretStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(await groupTagFor(api, GROUP, refusing)).toBe('T'.repeat(32));
    expect(sent).toEqual([{ id: GROUP }]);
  });
});
