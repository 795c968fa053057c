import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { Session, SessionLists, SessionWithAgreements } from '../../shared/sessions';
import type { Db } from '../db/connection';
import { findAgreementSet, latestAgreementSet } from '../db/repos/agreements';
import { findGroup } from '../db/repos/groups';
import * as repo from '../db/repos/sessions';
import type { Clock } from './clock';
import type { PlansService } from './plans';

export function createSessionsService(db: Db, plans: PlansService, now: Clock = Date.now) {
  function get(id: string): Session {
    const session = repo.findSession(db, id);
    if (!session) throw new AppError('NOT_FOUND', `No session ${id}.`);
    return session;
  }

  return {
    /**
     * Schedules a session with a frozen copy of the plan and the group's
     * current agreements version, so later edits rewrite no history.
     */
    schedule(groupId: string, planId: string, scheduledAt: number): Session {
      return db.transaction(() => {
        const group = findGroup(db, groupId);
        if (!group) throw new AppError('NOT_FOUND', `No group ${groupId}.`);
        if (group.archivedAt !== null) {
          throw new AppError('CONFLICT', 'An archived group cannot have new sessions.');
        }
        const { name, expectedGroupSize, startTime, blocks } = plans.get(planId);
        const agreements = latestAgreementSet(db, groupId);
        const session = {
          id: randomUUID(),
          groupId,
          scheduledAt,
          sourcePlanId: planId,
          plan: { name, expectedGroupSize, startTime, blocks },
          agreementSetId: agreements?.id ?? null,
          status: 'scheduled' as const,
          createdAt: now(),
        };
        repo.insertSession(db, session);
        return get(session.id);
      })();
    },

    /** Upcoming: still scheduled and not yet started; soonest first. Past: newest first. */
    list(groupId: string): SessionLists {
      const at = now();
      const all = repo.listSessionsOfGroup(db, groupId);
      const isUpcoming = (s: Session) => s.status === 'scheduled' && s.scheduledAt >= at;
      return {
        upcoming: all.filter(isUpcoming),
        past: all.filter((s) => !isUpcoming(s)).reverse(),
      };
    },

    get(id: string): SessionWithAgreements {
      const session = get(id);
      const agreements = session.agreementSetId
        ? findAgreementSet(db, session.agreementSetId)
        : undefined;
      return { ...session, agreements: agreements ?? null };
    },

    cancel(id: string): Session {
      const session = get(id);
      if (session.status !== 'scheduled') {
        throw new AppError('CONFLICT', 'Only a scheduled session can be cancelled.');
      }
      repo.updateSessionStatus(db, id, 'cancelled');
      return { ...session, status: 'cancelled' };
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
