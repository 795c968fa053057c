import type { Group } from '../../../shared/groups';
import type { Db } from '../connection';
import { preparedStatements } from '../prepared';

type GroupRow = { id: string; name: string; created_at: number; archived_at: number | null };

const toGroup = (row: GroupRow): Group => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  archivedAt: row.archived_at,
});

const sql = preparedStatements((db: Db) => ({
  insert: db.prepare<[string, string, number]>(
    'INSERT INTO groups (id, name, created_at, archived_at) VALUES (?, ?, ?, NULL)',
  ),
  byId: db.prepare<[string], GroupRow>('SELECT * FROM groups WHERE id = ?'),
  activeByName: db.prepare<[string], GroupRow>(
    'SELECT * FROM groups WHERE name = ? COLLATE NOCASE AND archived_at IS NULL',
  ),
  listActive: db.prepare<[], GroupRow>(
    'SELECT * FROM groups WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE',
  ),
  listAll: db.prepare<[], GroupRow>(
    'SELECT * FROM groups ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE',
  ),
  setName: db.prepare<[string, string]>('UPDATE groups SET name = ? WHERE id = ?'),
  setArchivedAt: db.prepare<[number | null, string]>(
    'UPDATE groups SET archived_at = ? WHERE id = ?',
  ),
}));

export function insertGroup(db: Db, group: Group): void {
  sql(db).insert.run(group.id, group.name, group.createdAt);
}

export function findGroup(db: Db, id: string): Group | undefined {
  const row = sql(db).byId.get(id);
  return row && toGroup(row);
}

export function findActiveGroupByName(db: Db, name: string): Group | undefined {
  const row = sql(db).activeByName.get(name);
  return row && toGroup(row);
}

export function listGroups(db: Db, includeArchived: boolean): Group[] {
  return (includeArchived ? sql(db).listAll : sql(db).listActive).all().map(toGroup);
}

export function updateGroupName(db: Db, id: string, name: string): void {
  sql(db).setName.run(name, id);
}

export function updateGroupArchivedAt(db: Db, id: string, archivedAt: number | null): void {
  sql(db).setArchivedAt.run(archivedAt, id);
}
