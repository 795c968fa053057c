import type { Note } from '../../../shared/live';
import type { Db } from '../connection';
import { preparedStatements } from '../prepared';

type NoteRow = { block_id: string; text: string; updated_at: number };

const sql = preparedStatements((db: Db) => ({
  upsert: db.prepare<[string, string, string, number]>(
    `INSERT INTO notes (session_id, block_id, text, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, block_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ),
  ofSession: db.prepare<[string], NoteRow>(
    'SELECT block_id, text, updated_at FROM notes WHERE session_id = ? ORDER BY block_id',
  ),
}));

export function upsertNote(
  db: Db,
  sessionId: string,
  blockId: string,
  text: string,
  at: number,
): void {
  sql(db).upsert.run(sessionId, blockId, text, at);
}

export function notesOfSession(db: Db, sessionId: string): Note[] {
  return sql(db)
    .ofSession.all(sessionId)
    .map((r) => ({ blockId: r.block_id, text: r.text, updatedAt: r.updated_at }));
}
