import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { Agreement, AgreementSet } from '../../shared/agreements';
import type { Db } from '../db/connection';
import * as repo from '../db/repos/agreements';
import { findGroup } from '../db/repos/groups';
import type { Clock } from './clock';

const sameItems = (a: readonly Agreement[], b: readonly Agreement[]) =>
  a.length === b.length && a.every((x, i) => x.title === b[i]?.title && x.text === b[i]?.text);

/** A group's agreements, versioned: saving never edits a version, it adds one. */
export function createAgreementsService(db: Db, now: Clock = Date.now) {
  function assertGroup(groupId: string): void {
    if (!findGroup(db, groupId)) throw new AppError('NOT_FOUND', `No group ${groupId}.`);
  }

  function current(groupId: string): AgreementSet {
    assertGroup(groupId);
    const set = repo.latestAgreementSet(db, groupId);
    if (!set) throw new AppError('NOT_FOUND', `Group ${groupId} has no agreements yet.`);
    return set;
  }

  return {
    current,

    /** Newest first. */
    history(groupId: string): AgreementSet[] {
      assertGroup(groupId);
      return repo.agreementHistory(db, groupId);
    },

    /** The first version of a new group (called inside the group's creation). */
    start(groupId: string, items: Agreement[]): AgreementSet {
      const set = { id: randomUUID(), groupId, version: 1, items, createdAt: now() };
      repo.insertAgreementSet(db, set);
      return set;
    },

    /**
     * Saves an edit as a new version. `baseVersion` is the version the editor
     * started from: if another window saved meanwhile, nothing is overwritten.
     */
    save(groupId: string, items: Agreement[], baseVersion: number): AgreementSet {
      return db.transaction(() => {
        const latest = current(groupId);
        if (latest.version !== baseVersion) {
          throw new AppError(
            'CONFLICT',
            `The agreements changed meanwhile (version ${latest.version}, edited from ${baseVersion}).`,
          );
        }
        if (sameItems(latest.items, items)) return latest;
        const set = {
          id: randomUUID(),
          groupId,
          version: latest.version + 1,
          items,
          createdAt: now(),
        };
        repo.insertAgreementSet(db, set);
        return set;
      })();
    },
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
