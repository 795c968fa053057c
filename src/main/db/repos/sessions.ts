import { planContentSchema } from '../../../shared/plans/plan';
import type { Session, SessionStatus } from '../../../shared/sessions';
import type { Db } from '../connection';
import { preparedStatements } from '../prepared';

type SessionRow = {
  id: string;
  group_id: string;
  scheduled_at: number;
  source_plan_id: string | null;
  plan_snapshot: string;
  agreement_set_id: string | null;
  agreement_version: number | null;
  status: SessionStatus;
  created_at: number;
  started_at: number | null;
  ended_at: number | null;
};

const toSession = (row: SessionRow): Session => ({
  id: row.id,
  groupId: row.group_id,
  scheduledAt: row.scheduled_at,
  sourcePlanId: row.source_plan_id,
  plan: planContentSchema.parse(JSON.parse(row.plan_snapshot)),
  agreementSetId: row.agreement_set_id,
  agreementVersion: row.agreement_version,
  status: row.status,
  createdAt: row.created_at,
  startedAt: row.started_at,
  endedAt: row.ended_at,
});

const select = `SELECT s.*, a.version AS agreement_version
  FROM sessions s LEFT JOIN agreement_sets a ON a.id = s.agreement_set_id`;

const sql = preparedStatements((db: Db) => ({
  insert: db.prepare<[string, string, number, string | null, string, string | null, number]>(
    `INSERT INTO sessions (id, group_id, scheduled_at, source_plan_id, plan_snapshot, agreement_set_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  byId: db.prepare<[string], SessionRow>(`${select} WHERE s.id = ?`),
  ofGroup: db.prepare<[string], SessionRow>(
    `${select} WHERE s.group_id = ? ORDER BY s.scheduled_at`,
  ),
  setStatus: db.prepare<[SessionStatus, string]>('UPDATE sessions SET status = ? WHERE id = ?'),
  setStarted: db.prepare<[number, string]>(
    'UPDATE sessions SET started_at = coalesce(started_at, ?) WHERE id = ?',
  ),
  setEnded: db.prepare<[number, string]>(
    "UPDATE sessions SET ended_at = ?, status = 'done' WHERE id = ?",
  ),
}));

export function insertSession(
  db: Db,
  session: Omit<Session, 'agreementVersion' | 'startedAt' | 'endedAt'>,
): void {
  sql(db).insert.run(
    session.id,
    session.groupId,
    session.scheduledAt,
    session.sourcePlanId,
    JSON.stringify(session.plan),
    session.agreementSetId,
    session.createdAt,
  );
}

export function findSession(db: Db, id: string): Session | undefined {
  const row = sql(db).byId.get(id);
  return row && toSession(row);
}

/** Oldest first; the service splits them into upcoming and past. */
export function listSessionsOfGroup(db: Db, groupId: string): Session[] {
  return sql(db).ofGroup.all(groupId).map(toSession);
}

export function updateSessionStatus(db: Db, id: string, status: SessionStatus): void {
  sql(db).setStatus.run(status, id);
}

/** The first start counts: reopening a room after a drop does not move it. */
export function markSessionStarted(db: Db, id: string, at: number): void {
  sql(db).setStarted.run(at, id);
}

export function markSessionEnded(db: Db, id: string, at: number): void {
  sql(db).setEnded.run(at, id);
}
