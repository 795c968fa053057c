import type { Api } from '../../api';

/**
 * A group's tag for the session server, made by the main process from a
 * secret in the local database (`groups:tag`). Versions before kept that
 * secret in this page's localStorage: it is handed over once, then removed,
 * so tags — and the returning keys browsers hold for them — stay the same.
 */

/** What the tag needs of localStorage; a Map-backed fake in tests. */
export type SecretStorage = Pick<Storage, 'getItem' | 'removeItem'>;

const LEGACY_SECRET = 'cercle.groupTagSecret';
const secretPattern = /^[A-Za-z0-9_-]{43}$/;

function legacyStorage(): SecretStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The group's tag, or undefined when it cannot be made: the room then opens
 * without one and everyone counts as new, as before tags existed.
 */
export async function groupTagFor(
  api: Api,
  groupId: string,
  storage: SecretStorage | undefined = legacyStorage(),
): Promise<string | undefined> {
  let legacy: string | null = null;
  try {
    legacy = storage?.getItem(LEGACY_SECRET) ?? null;
  } catch {
    legacy = null;
  }
  const importSecret = legacy !== null && secretPattern.test(legacy) ? legacy : undefined;
  try {
    const { tag } = await api.groups.tag({
      id: groupId,
      ...(importSecret ? { importSecret } : {}),
    });
    // The database holds the secret now (or already had one): the page keeps none.
    if (legacy !== null) storage?.removeItem(LEGACY_SECRET);
    return tag;
  } catch {
    return undefined;
  }
}
