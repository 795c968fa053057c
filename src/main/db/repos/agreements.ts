import { agreementListSchema, type AgreementSet } from '../../../shared/agreements';
import type { Db } from '../connection';
import { preparedStatements } from '../prepared';

type AgreementSetRow = {
  id: string;
  group_id: string;
  version: number;
  items: string;
  created_at: number;
};

const toSet = (row: AgreementSetRow): AgreementSet => ({
  id: row.id,
  groupId: row.group_id,
  version: row.version,
  // Written by this app only, but parsed anyway: a hand-edited row must not crash a screen.
  items: agreementListSchema.parse(JSON.parse(row.items)),
  createdAt: row.created_at,
});

const sql = preparedStatements((db: Db) => ({
  insert: db.prepare<[string, string, number, string, number]>(
    'INSERT INTO agreement_sets (id, group_id, version, items, created_at) VALUES (?, ?, ?, ?, ?)',
  ),
  latest: db.prepare<[string], AgreementSetRow>(
    'SELECT * FROM agreement_sets WHERE group_id = ? ORDER BY version DESC LIMIT 1',
  ),
  history: db.prepare<[string], AgreementSetRow>(
    'SELECT * FROM agreement_sets WHERE group_id = ? ORDER BY version DESC',
  ),
  byId: db.prepare<[string], AgreementSetRow>('SELECT * FROM agreement_sets WHERE id = ?'),
}));

export function insertAgreementSet(db: Db, set: AgreementSet): void {
  sql(db).insert.run(set.id, set.groupId, set.version, JSON.stringify(set.items), set.createdAt);
}

export function latestAgreementSet(db: Db, groupId: string): AgreementSet | undefined {
  const row = sql(db).latest.get(groupId);
  return row && toSet(row);
}

export function agreementHistory(db: Db, groupId: string): AgreementSet[] {
  return sql(db).history.all(groupId).map(toSet);
}

export function findAgreementSet(db: Db, id: string): AgreementSet | undefined {
  const row = sql(db).byId.get(id);
  return row && toSet(row);
}
