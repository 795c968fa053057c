/**
 * The join page's returning key: one random key per group tag, kept in this
 * browser only, so the facilitator's attendance can tell that someone came
 * back without anyone (the server included) learning who they are. Clearing
 * the browser's data makes the person new again, which is fine.
 */

/** What the key store needs of localStorage; a Map-backed fake in tests. */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem'>;

const keyPattern = /^[A-Za-z0-9_-]{16,64}$/;
const tagPattern = /^[A-Za-z0-9_-]{16,64}$/;

export function storageName(groupTag: string): string {
  return `cercle.returning.${groupTag}`;
}

/** 16 random bytes as base64url: 22 characters. */
export function newReturningKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * This browser's key for the group, made and stored on first use. Undefined
 * for a malformed tag, or when storage is refused (private mode, blocked
 * cookies): then the person simply counts as new.
 */
export function returningKeyFor(groupTag: string, storage?: KeyStorage): string | undefined {
  if (!tagPattern.test(groupTag)) return undefined;
  try {
    // Reading localStorage itself throws when the browser blocks storage.
    const store = storage ?? (globalThis.localStorage as KeyStorage | undefined);
    if (!store) return undefined;
    const stored = store.getItem(storageName(groupTag));
    if (stored !== null && keyPattern.test(stored)) return stored;
    const key = newReturningKey();
    store.setItem(storageName(groupTag), key);
    return key;
  } catch {
    return undefined;
  }
}
