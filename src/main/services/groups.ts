import { randomUUID } from 'node:crypto';
import { defaultAgreements } from '../../shared/agreements';
import { AppError } from '../../shared/errors';
import type { Group } from '../../shared/groups';
import type { Language } from '../../shared/settings';
import type { Db } from '../db/connection';
import * as repo from '../db/repos/groups';
import type { Clock } from './clock';
import type { AgreementsService } from './agreements';

/** Groups: names are validated at the IPC boundary; uniqueness is a rule of this service. */
export function createGroupsService(
  db: Db,
  agreements: AgreementsService,
  language: () => Language,
  now: Clock = Date.now,
) {
  function get(id: string): Group {
    const group = repo.findGroup(db, id);
    if (!group) throw new AppError('NOT_FOUND', `No group ${id}.`);
    return group;
  }

  function assertNameFree(name: string, exceptId?: string): void {
    const holder = repo.findActiveGroupByName(db, name);
    if (holder && holder.id !== exceptId) {
      throw new AppError('NAME_TAKEN', `An active group is already called "${name}".`, [
        { path: 'name', message: 'taken' },
      ]);
    }
  }

  return {
    get,

    list(includeArchived = false): Group[] {
      return repo.listGroups(db, includeArchived);
    },

    create(name: string): Group {
      return db.transaction(() => {
        assertNameFree(name);
        const group: Group = { id: randomUUID(), name, createdAt: now(), archivedAt: null };
        repo.insertGroup(db, group);
        // A new group starts from the default agreements, which the facilitator then edits.
        agreements.start(group.id, defaultAgreements(language()));
        return group;
      })();
    },

    rename(id: string, name: string): Group {
      return db.transaction(() => {
        const group = get(id);
        if (group.archivedAt === null) assertNameFree(name, id);
        repo.updateGroupName(db, id, name);
        return { ...group, name };
      })();
    },

    archive(id: string): Group {
      return db.transaction(() => {
        const group = get(id);
        if (group.archivedAt !== null) return group;
        const archivedAt = now();
        repo.updateGroupArchivedAt(db, id, archivedAt);
        return { ...group, archivedAt };
      })();
    },

    restore(id: string): Group {
      return db.transaction(() => {
        const group = get(id);
        if (group.archivedAt === null) return group;
        assertNameFree(group.name, id);
        repo.updateGroupArchivedAt(db, id, null);
        return { ...group, archivedAt: null };
      })();
    },
  };
}

export type GroupsService = ReturnType<typeof createGroupsService>;
