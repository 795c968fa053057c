import { describe, expect, test } from 'vitest';
import { groupTagFor, type SecretStorage } from './group-tag';

function memoryStorage(): SecretStorage {
  const items = new Map<string, string>();
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, v) => void items.set(name, v),
  };
}

describe('group tags', () => {
  test('stable per group on one installation, different across groups and installations', async () => {
    const here = memoryStorage();
    const tag = await groupTagFor('group-1', here);
    expect(tag).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await groupTagFor('group-1', here)).toBe(tag);
    expect(await groupTagFor('group-2', here)).not.toBe(tag);
    expect(await groupTagFor('group-1', memoryStorage())).not.toBe(tag);
    expect(tag).not.toContain('group');
  });

  test('refused storage: no tag, and the room opens as before', async () => {
    const refusing: SecretStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(await groupTagFor('group-1', refusing)).toBeUndefined();
  });
});
