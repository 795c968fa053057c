import type { Migration } from './index';

/**
 * Indexes for the anonymised reports (issue 6), so a ten-year report reads
 * indexes only (see reports.test.ts for the query plans):
 * - held sessions by group and start: reports bucket sessions by the month
 *   they started in; partial, since only held sessions are ever counted;
 * - held sessions by id: "did this person attend a held session before the
 *   period?" looks each of their sessions up by id;
 * - attendance by session and role, and by participant and role: counts of
 *   participants (not co-facilitators) per session, and each person's sessions.
 */
export const reportIndexes: Migration = {
  version: 8,
  name: 'report-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX sessions_held_by_group_start ON sessions (group_id, started_at, id, ended_at)
        WHERE status = 'done' AND started_at IS NOT NULL;
      CREATE INDEX sessions_held_by_id ON sessions (id, started_at)
        WHERE status = 'done' AND started_at IS NOT NULL;
      CREATE INDEX attendance_by_session_role ON attendance (session_id, role, participant_id);
      CREATE INDEX attendance_by_participant_role ON attendance (participant_id, role, session_id);
    `);
  },
};
