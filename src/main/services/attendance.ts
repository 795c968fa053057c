import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import {
  PARTICIPANT_LABEL_MAX,
  type ActivitySeen,
  type AttendanceLine,
  type Presence,
  type SessionSummary,
  type SpeakingSeen,
  type TurnOutcomeSeen,
} from '../../shared/live';
import type { ActivityKind, ActivityRecord } from '../../shared/rounds';
import type { Session } from '../../shared/sessions';
import type { Db } from '../db/connection';
import * as people from '../db/repos/attendance';
import * as rounds from '../db/repos/rounds';
import { findSession, markSessionEnded, markSessionStarted } from '../db/repos/sessions';
import type { Clock } from './clock';

/**
 * Attendance, decided here and only here: the facilitator's app forwards what
 * the room said (who is in the call, the activity, turn outcomes, speaking
 * time) and this service turns it into stays, turns and totals.
 *
 * Every call is one durable transaction that sets a state — who is present,
 * the latest outcome of a turn, the latest speaking total — so calling it
 * twice with the same input (a retry after a failed write) changes nothing.
 * Who counts in a total is decided in SQL by db/repos/counting.ts.
 * Times come from this computer's clock.
 */

/**
 * The attendance key of a seat: the returning key the person's browser keeps
 * for this group (a later session recognises them), else one made from the
 * seat's peer id, stable across reconnects but new if they leave and come back.
 */
export function attendanceKey(peerId: string, returningKey?: string): string {
  return returningKey ?? `cercle-peer-${peerId}`;
}

/** The id of an activity in a session: its kind and when the server started it. */
export const activityId = (kind: ActivityKind, startedAt: number): string => `${kind}-${startedAt}`;

const labelOf = (displayName: string): string | null =>
  displayName.trim().slice(0, PARTICIPANT_LABEL_MAX) || null;

type Seen = Presence[number] & { role: AttendanceLine['role'] };

export function createAttendanceService(db: Db, now: Clock = Date.now) {
  function session(sessionId: string): Session {
    const found = findSession(db, sessionId);
    if (!found) throw new AppError('NOT_FOUND', `No session ${sessionId}.`);
    return found;
  }

  /** The person behind a seat, recorded at its first sight (the key is fixed from then on). */
  function seatOf(s: Session, peer: Seen, at: number): string {
    const seat = people.findSeat(db, s.id, peer.peerId);
    if (seat) return seat.participantId;
    const key = attendanceKey(peer.peerId, peer.returningKey);
    let participantId = people.findParticipantId(db, s.groupId, key);
    if (participantId === undefined) {
      participantId = randomUUID();
      people.insertParticipant(db, {
        id: participantId,
        groupId: s.groupId,
        key,
        label: labelOf(peer.displayName),
        firstSeenAt: at,
      });
    }
    people.insertSeat(db, s.id, peer.peerId, participantId);
    return participantId;
  }

  function settleRound(sessionId: string, record: ActivityRecord, at: number): void {
    const id = activityId(record.kind, record.startedAt);
    rounds.ensureRound(db, { id, sessionId, blockId: null, kind: record.kind, at });
    const floors =
      record.kind === 'openFloor' ? record.floors.reduce((sum, f) => sum + f.count, 0) : 0;
    rounds.endRound(db, sessionId, id, at, floors);
    if (record.kind !== 'round') return;
    // The record holds every turn's final outcome: it corrects any outcome missed on the way.
    for (const turn of record.turns) {
      const seat = people.findSeat(db, sessionId, turn.peerId);
      if (seat) rounds.setTurn(db, sessionId, id, seat.participantId, turn.outcome);
    }
  }

  return {
    /** The room opened for this session; the first start is kept. */
    started(sessionId: string): void {
      session(sessionId);
      markSessionStarted(db, sessionId, now());
    },

    /**
     * Everyone in the call now. A person (one key, maybe in two tabs) arrives
     * when their first seat appears and leaves when their last one goes; the
     * facilitator is never counted; a role change is kept as their latest role.
     */
    presence(sessionId: string, peers: Presence): void {
      db.transaction(() => {
        const s = session(sessionId);
        const at = now();
        const seen = peers.filter((p): p is Seen => p.role !== 'facilitator');
        const roleOf = new Map<string, AttendanceLine['role']>();
        for (const peer of seen) {
          const participantId = seatOf(s, peer, at);
          if (!roleOf.has(participantId) || peer.role === 'cofacilitator') {
            roleOf.set(participantId, peer.role);
          }
          people.relabelParticipant(db, participantId, labelOf(peer.displayName));
        }
        people.setSeatsPresent(
          db,
          s.id,
          seen.map((p) => p.peerId),
        );
        for (const row of people.presenceRows(db, s.id)) {
          const role = roleOf.get(row.participantId);
          if (row.seated && role && !row.staying) {
            markSessionStarted(db, s.id, at);
            people.recordArrival(db, s.id, row.participantId, role, at);
          } else if (row.seated && role) {
            people.setRole(db, s.id, row.participantId, role);
          } else if (!row.seated && row.staying) {
            people.recordDeparture(db, s.id, row.participantId, at);
          }
        }
      })();
    },

    /** The activity under way begins (once), and the ended ones are settled with their final turns. */
    activity(sessionId: string, seen: ActivitySeen): void {
      db.transaction(() => {
        session(sessionId);
        const at = now();
        // An activity means the room is open, even if the write of its start was lost.
        markSessionStarted(db, sessionId, at);
        for (const record of seen.ended) settleRound(sessionId, record, at);
        if (seen.current) {
          const { kind, startedAt } = seen.current;
          const id = activityId(kind, startedAt);
          rounds.ensureRound(db, { id, sessionId, blockId: seen.blockId, kind, at });
        }
      })();
    },

    /**
     * Sets the outcome of one person's turn in one round: the latest outcome
     * wins, and a reopened turn goes back to `pending` (counted as neither).
     * A seat never seen (the facilitator's own) is not anyone's turn.
     */
    turnOutcome(sessionId: string, turn: TurnOutcomeSeen): void {
      db.transaction(() => {
        session(sessionId);
        const seat = people.findSeat(db, sessionId, turn.peerId);
        if (!seat) return;
        const id = activityId('round', turn.roundStartedAt);
        rounds.ensureRound(db, { id, sessionId, blockId: null, kind: 'round', at: now() });
        rounds.setTurn(db, sessionId, id, seat.participantId, turn.outcome);
      })();
    },

    /** Speaking totals per seat since the room opened: only what is new since the last one adds. */
    speakingTime(sessionId: string, seats: SpeakingSeen): void {
      db.transaction(() => {
        session(sessionId);
        for (const { peerId, speakingMs } of seats) {
          const seat = people.findSeat(db, sessionId, peerId);
          if (!seat || speakingMs <= seat.speakingMs) continue;
          people.setSeatSpeaking(db, sessionId, peerId, speakingMs);
          people.addSpeaking(db, sessionId, seat.participantId, speakingMs - seat.speakingMs);
        }
      })();
    },

    /**
     * Closes every open stay and marks the session done — and held, even if
     * nothing marked its start: what the summary shows, the reports count.
     */
    ended(sessionId: string): SessionSummary {
      db.transaction(() => {
        session(sessionId);
        const at = now();
        markSessionStarted(db, sessionId, at);
        people.recordEveryoneLeft(db, sessionId, at);
        markSessionEnded(db, sessionId, at);
      })();
      return this.summary(sessionId);
    },

    summary(sessionId: string): SessionSummary {
      return db.transaction(() => {
        const s = session(sessionId);
        const lines = rounds.roundLines(db, sessionId);
        const speakingRounds = lines.filter((r) => r.kind === 'round');
        return {
          sessionId,
          startedAt: s.startedAt,
          endedAt: s.endedAt,
          people: people.attendanceLines(db, sessionId, now()),
          rounds: lines,
          totals: {
            ...people.headcount(db, sessionId),
            rounds: speakingRounds.length,
            spoke: speakingRounds.reduce((sum, r) => sum + r.spoke, 0),
            passed: speakingRounds.reduce((sum, r) => sum + r.passed, 0),
          },
        };
      })();
    },
  };
}

export type AttendanceService = ReturnType<typeof createAttendanceService>;
