import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { AttendanceLine, RoundLine, SessionSummary } from '../../shared/live';
import type { Session } from '../../shared/sessions';
import type { Db } from '../db/connection';
import * as repo from '../db/repos/attendance';
import { findSession, markSessionEnded, markSessionStarted } from '../db/repos/sessions';
import type { Clock } from './clock';

export type Arrival = { key: string; label: string | null; role: AttendanceLine['role'] };

/**
 * Attendance as it happens: every call is its own durable transaction, so a
 * crash loses nothing already seen. Times come from this computer's clock.
 */
export function createAttendanceService(db: Db, now: Clock = Date.now) {
  function session(sessionId: string): Session {
    const found = findSession(db, sessionId);
    if (!found) throw new AppError('NOT_FOUND', `No session ${sessionId}.`);
    return found;
  }

  function participantId(sessionId: string, key: string): string {
    const id = repo.findParticipantId(db, session(sessionId).groupId, key);
    if (!id) throw new AppError('NOT_FOUND', 'This person has not joined the session.');
    return id;
  }

  return {
    started(sessionId: string): void {
      session(sessionId);
      markSessionStarted(db, sessionId, now());
    },

    joined(sessionId: string, arrival: Arrival): { participantId: string; returning: boolean } {
      return db.transaction(() => {
        const { groupId } = session(sessionId);
        const at = now();
        markSessionStarted(db, sessionId, at);
        let id = repo.findParticipantId(db, groupId, arrival.key);
        const returning = id !== undefined;
        if (id === undefined) {
          id = randomUUID();
          repo.insertParticipant(db, {
            id,
            groupId,
            key: arrival.key,
            label: arrival.label,
            firstSeenAt: at,
          });
        } else {
          repo.relabelParticipant(db, id, arrival.label);
        }
        repo.recordArrival(db, sessionId, id, arrival.role, at);
        return { participantId: id, returning };
      })();
    },

    left(sessionId: string, key: string): void {
      repo.recordDeparture(db, sessionId, participantId(sessionId, key), now());
    },

    turn(sessionId: string, key: string, outcome: 'taken' | 'passed'): void {
      repo.addTurn(db, sessionId, participantId(sessionId, key), outcome === 'passed');
    },

    speaking(sessionId: string, samples: readonly { key: string; ms: number }[]): void {
      db.transaction(() => {
        for (const s of samples)
          repo.addSpeaking(db, sessionId, participantId(sessionId, s.key), s.ms);
      })();
    },

    roundStarted(
      sessionId: string,
      r: { id: string; blockId: string | null; kind: RoundLine['kind'] },
    ): void {
      session(sessionId);
      repo.recordRoundStart(db, { ...r, sessionId, at: now() });
    },

    roundEnded(
      sessionId: string,
      id: string,
      counts: { turnsTaken: number; turnsPassed: number },
    ): void {
      session(sessionId);
      repo.recordRoundEnd(db, sessionId, id, { ...counts, at: now() });
    },

    /** Closes every open stay and marks the session done. */
    ended(sessionId: string): SessionSummary {
      db.transaction(() => {
        session(sessionId);
        const at = now();
        repo.recordEveryoneLeft(db, sessionId, at);
        markSessionEnded(db, sessionId, at);
      })();
      return this.summary(sessionId);
    },

    summary(sessionId: string): SessionSummary {
      const s = session(sessionId);
      return {
        sessionId,
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        people: repo.attendanceLines(db, sessionId, now()),
        rounds: repo.roundLines(db, sessionId),
      };
    },
  };
}

export type AttendanceService = ReturnType<typeof createAttendanceService>;
