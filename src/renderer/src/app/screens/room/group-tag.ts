/**
 * A group's tag for the session server: opaque, stable for the group on this
 * installation, and unlinkable to the group's id without this installation's
 * secret (a random value kept in this app's local storage). The join page
 * keys its returning key on it, so attendance can count people who come back.
 */

/** What the tag needs of localStorage; a Map-backed fake in tests. */
export type SecretStorage = Pick<Storage, 'getItem' | 'setItem'>;

const SECRET_NAME = 'cercle.groupTagSecret';
const secretPattern = /^[A-Za-z0-9_-]{43}$/;

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function installationSecret(storage: SecretStorage): string {
  const stored = storage.getItem(SECRET_NAME);
  if (stored !== null && secretPattern.test(stored)) return stored;
  const secret = base64url(crypto.getRandomValues(new Uint8Array(32)));
  storage.setItem(SECRET_NAME, secret);
  return secret;
}

/**
 * The group's tag: 32 base64url characters of SHA-256(secret, group id).
 * Undefined when storage is refused: the room then opens without a tag and
 * everyone counts as new, as before.
 */
export async function groupTagFor(
  groupId: string,
  storage?: SecretStorage,
): Promise<string | undefined> {
  try {
    const store = storage ?? (globalThis.localStorage as SecretStorage | undefined);
    if (!store) return undefined;
    const input = new TextEncoder().encode(`${installationSecret(store)}:${groupId}`);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input));
    return base64url(digest).slice(0, 32);
  } catch {
    return undefined;
  }
}
