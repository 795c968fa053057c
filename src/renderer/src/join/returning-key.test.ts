import { describe, expect, test } from 'vitest';
import { newReturningKey, returningKeyFor, storageName, type KeyStorage } from './returning-key';

function memoryStorage(): KeyStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
  };
}

const tag = 'group-tag-ABCDEFGHIJ';

describe('returning keys on the join page', () => {
  test('a new key is 22 base64url characters, different each time', () => {
    const a = newReturningKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newReturningKey()).not.toBe(a);
  });

  test('one key per group, kept under cercle.returning.<tag> and given back next time', () => {
    const storage = memoryStorage();
    const first = returningKeyFor(tag, storage);
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(storage.items.get(storageName(tag))).toBe(first);
    expect(storageName(tag)).toBe(`cercle.returning.${tag}`);
    expect(returningKeyFor(tag, storage)).toBe(first);
    expect(returningKeyFor('another-group-tag-XYZ', storage)).not.toBe(first);
  });

  test('a damaged stored key is replaced; a bad tag or refused storage gives no key', () => {
    const storage = memoryStorage();
    storage.items.set(storageName(tag), 'not a key');
    expect(returningKeyFor(tag, storage)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(returningKeyFor('short', storage)).toBeUndefined();
    const refusing: KeyStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(returningKeyFor(tag, refusing)).toBeUndefined();
    expect(returningKeyFor(tag, undefined)).toBeUndefined();
  });
});
