import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/main/db/connection';
import { seededRandom } from '../../src/shared/random';

export type HistoryOptions = {
  groups: number;
  /** Weekly sessions from January of this year … */
  firstYear: number;
  /** … up to the end of December of this one. */
  lastYear: number;
  seed?: number;
};

export type HistorySize = {
  groupIds: string[];
  sessions: number;
  held: number;
  participants: number;
  attendance: number;
  rounds: number;
  turns: number;
};

const plan = JSON.stringify({
  name: 'Plan',
  expectedGroupSize: 10,
  startTime: '18:30',
  blocks: [],
});
const WEEK = 7 * 24 * 3600_000;

/**
 * A realistic history, written in one transaction with prepared statements:
 * each group meets weekly (about 3% of sessions cancelled); a pool of about
 * 14 members with churn (each member leaves with 1.5% chance a week and a
 * newcomer takes the place); 5–12 of them attend each session, sometimes with
 * a co-facilitator; each held session has three speaking rounds and an open
 * floor, with about one turn in ten passed, each turn a row of its own.
 */
export function seedHistory(db: Db, options: HistoryOptions): HistorySize {
  const rand = seededRandom(options.seed ?? 2024);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const st = {
    group: db.prepare('INSERT INTO groups (id, name, created_at) VALUES (?, ?, 0)'),
    session: db.prepare(
      `INSERT INTO sessions (id, group_id, scheduled_at, plan_snapshot, status, created_at, started_at, ended_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
    ),
    participant: db.prepare(
      'INSERT INTO participants (id, group_id, key, label, first_seen_at) VALUES (?, ?, ?, ?, ?)',
    ),
    attendance: db.prepare(
      `INSERT INTO attendance (session_id, participant_id, role, joined_at, left_at, present_ms,
         speaking_ms, legacy_spoke, legacy_passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    round: db.prepare(
      'INSERT INTO session_rounds (id, session_id, kind, started_at, ended_at, floors) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    turn: db.prepare(
      'INSERT INTO round_turns (session_id, round_id, participant_id, outcome) VALUES (?, ?, ?, ?)',
    ),
  };
  const size: HistorySize = {
    groupIds: [],
    sessions: 0,
    held: 0,
    participants: 0,
    attendance: 0,
    rounds: 0,
    turns: 0,
  };
  const end = new Date(options.lastYear + 1, 0, 1).getTime();

  db.transaction(() => {
    for (let g = 0; g < options.groups; g++) {
      const groupId = randomUUID();
      size.groupIds.push(groupId);
      st.group.run(groupId, `Groupe ${g + 1}`);
      const newcomer = (at: number) => {
        const id = randomUUID();
        st.participant.run(id, groupId, randomUUID(), `Personne ${size.participants}`, at);
        size.participants++;
        return id;
      };
      const first = new Date(options.firstYear, 0, 1 + (g % 7), 18, 30).getTime();
      const cofacilitator = newcomer(first);
      let pool: string[] = [];
      for (let at = first; at < end; at += WEEK) {
        pool = pool.filter(() => rand() >= 0.015);
        while (pool.length < 14) pool.push(newcomer(at));
        const sessionId = randomUUID();
        size.sessions++;
        if (rand() < 0.03) {
          st.session.run(sessionId, groupId, at, plan, 'cancelled', null, null);
          continue;
        }
        const minutes = int(85, 125);
        st.session.run(sessionId, groupId, at, plan, 'done', at, at + minutes * 60_000);
        size.held++;
        const present = [...pool].sort(() => rand() - 0.5).slice(0, int(5, 12));
        for (const p of present) {
          const ms = minutes * 60_000;
          st.attendance.run(sessionId, p, 'participant', at, at + ms, ms, 240_000, 0, 0);
        }
        if (rand() < 0.1) {
          st.attendance.run(sessionId, cofacilitator, 'cofacilitator', at, null, 0, 0, 0, 0);
        }
        size.attendance += present.length;
        // Each round's turns as the app records them: one row per person, its latest outcome.
        for (const [n, kind] of ['round', 'round', 'openFloor', 'round'].entries()) {
          const roundId = `${kind}-${at + n}`;
          st.round.run(
            roundId,
            sessionId,
            kind,
            at + n,
            at + n + 1,
            kind === 'round' ? 0 : int(0, 6),
          );
          if (kind === 'round') {
            for (const p of present) {
              st.turn.run(sessionId, roundId, p, rand() < 0.1 ? 'passed' : 'spoke');
              size.turns++;
            }
          }
          size.rounds++;
        }
      }
    }
  })();
  return size;
}
