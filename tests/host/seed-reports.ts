/**
 * Seeds an attendance history for the Reports e2e test into a stopped host's
 * database, under the same runtime as the host (scripts/run-node.mjs), so the
 * native SQLite module is loaded where it was built for.
 *
 * The history sits in the last quarter that has ended (so the screen opens on
 * it) and the quarter before, with distinctive pseudonyms, participant keys
 * and note texts that no export may contain.
 *
 * env: CERCLE_DB_PATH (required). Prints one line `CERCLE_SEEDED <json>`.
 */
import { openDatabase } from '../../src/main/db/connection';
import { lastClosedMonth, monthFromNumber, monthNumber } from '../../src/shared/reports';
import {
  seedAttendance,
  seedGroup,
  seedNote,
  seedParticipant,
  seedRound,
  seedSession,
} from '../support/seed-attendance';

const dbPath = process.env.CERCLE_DB_PATH;
if (!dbPath) {
  console.error('CERCLE_DB_PATH is required');
  process.exit(2);
}

export type SeededHistory = {
  active: string;
  archived: string;
  /** The last ended quarter and its months, oldest first. */
  quarter: { year: number; quarter: number; months: string[] };
  /** Strings that must appear in no export: pseudonyms, keys, note texts. */
  canaries: string[];
};

const last = lastClosedMonth(Date.now());
const lastN = monthNumber(last);
// The last month of the last quarter that has ended.
const quarterEnd = lastN - ((lastN + 1) % 3);
const months = [quarterEnd - 2, quarterEnd - 1, quarterEnd].map(monthFromNumber);
const before = monthFromNumber(quarterEnd - 3);
const at = (month: string, day: number, hour = 18) =>
  new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, day, hour, 30).getTime();

const db = openDatabase(dbPath);
const canaries: string[] = [];
const person = (groupId: string, n: number) => {
  const label = `Zéphyrine-Canari-${n}`;
  const key = `cle-canari-${n}-7f3e9a`;
  canaries.push(label, key);
  return seedParticipant(db, { groupId, key, label });
};
const held = (groupId: string, when: number, people: string[], minutes: number) => {
  const sessionId = seedSession(db, { groupId, startedAt: when, minutes });
  for (const p of people) seedAttendance(db, sessionId, p);
  return sessionId;
};

db.transaction(() => {
  const active = seedGroup(db, 'Entraide du mardi');
  const archived = seedGroup(db, 'Groupe du jeudi (ancien)');
  db.prepare('UPDATE groups SET archived_at = ? WHERE id = ?').run(
    Date.now() - 86_400_000,
    archived,
  );

  const tuesday = Array.from({ length: 8 }, (_, i) => person(active, i + 1));
  const thursday = Array.from({ length: 3 }, (_, i) => person(archived, i + 9));

  // The quarter before: four people come once, and will be "returning" ones.
  held(active, at(before, 12), tuesday.slice(0, 4), 90);

  // Month 1: four sessions of six people, each with a round (5 turns taken, 1 passed).
  for (const day of [3, 10, 17, 24]) {
    const id = held(active, at(months[0]!, day), tuesday.slice(0, 6), 90);
    seedRound(db, id, { taken: 5, passed: 1 });
  }
  // Month 2: three sessions of five people, each with a round (4 taken, 1 passed).
  for (const day of [7, 14, 21]) {
    const id = held(
      active,
      at(months[1]!, day),
      [0, 1, 4, 6, 7].map((i) => tuesday[i]!),
      120,
    );
    seedRound(db, id, { taken: 4, passed: 1 });
    const note = `Note canari ${day} : Barnabé parle de sa sœur`;
    canaries.push(note);
    seedNote(db, id, note);
  }
  // Month 3: the archived group's last session, three people (a small count).
  held(archived, at(months[2]!, 5), thursday, 60);
  // A cancelled session and one never started count for nothing.
  seedSession(db, { groupId: active, startedAt: at(months[2]!, 12), status: 'cancelled' });

  const history: SeededHistory = {
    active: 'Entraide du mardi',
    archived: 'Groupe du jeudi (ancien)',
    quarter: {
      year: Number(months[0]!.slice(0, 4)),
      quarter: Math.floor((Number(months[0]!.slice(5, 7)) - 1) / 3) + 1,
      months,
    },
    canaries,
  };
  console.log(`CERCLE_SEEDED ${JSON.stringify(history)}`);
})();
db.close();
