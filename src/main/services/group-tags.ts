import { createHash, randomBytes } from 'node:crypto';
import { readSettings, writeSetting } from '../db/repos/settings';
import type { Db } from '../db/connection';

/**
 * A group's tag for the session server: opaque, stable for the group on this
 * installation, and unlinkable to the group's id without this installation's
 * secret, kept in the local database. The join page keys its returning key on
 * the tag, so attendance can count people who come back.
 *
 * The secret used to live in the app page's localStorage: the first call may
 * bring it (`importSecret`) and it is kept if the database has none yet, so
 * the tags — and the returning keys browsers hold for them — stay the same.
 */

const SECRET_SETTING = 'groupTagSecret';
export const groupTagSecretPattern = /^[A-Za-z0-9_-]{43}$/;

export function createGroupTagsService(db: Db, assertGroup: (id: string) => void) {
  function secret(importSecret: string | undefined): string {
    return db.transaction(() => {
      const stored = readSettings(db).get(SECRET_SETTING);
      if (stored !== undefined && groupTagSecretPattern.test(stored)) return stored;
      const chosen =
        importSecret !== undefined && groupTagSecretPattern.test(importSecret)
          ? importSecret
          : randomBytes(32).toString('base64url');
      writeSetting(db, SECRET_SETTING, chosen);
      return chosen;
    })();
  }

  return {
    /** 32 base64url characters of SHA-256(secret, group id): the same value the page used to make. */
    tag(groupId: string, importSecret?: string): string {
      assertGroup(groupId);
      return createHash('sha256')
        .update(`${secret(importSecret)}:${groupId}`)
        .digest('base64url')
        .slice(0, 32);
    },
  };
}

export type GroupTagsService = ReturnType<typeof createGroupTagsService>;
