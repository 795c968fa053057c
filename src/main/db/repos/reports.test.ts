import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { reportSql } from './reports';

const params = { groups: '[]', months: '[]', lo: 0, hi: 1 };

function planOf(sql: string): string[] {
  const db = openDatabase(':memory:');
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  db.close();
  return rows.map((r) => r.detail);
}

describe('report queries', () => {
  it.each(Object.entries(reportSql))('%s searches indexes and never scans a table', (_, sql) => {
    // Every read of a table is an index search; the only scans are of the JSON parameters
    // (groups, month bounds) and of the small intermediate results.
    const reads = planOf(sql).filter(
      (d) => /^(SCAN|SEARCH) /.test(d) && !/json_each|subquery/.test(d),
    );
    expect(reads.length).toBeGreaterThan(0);
    // (round_turns is WITHOUT ROWID: its key is its index.)
    for (const d of reads) expect(d).toMatch(/^SEARCH \w+ USING ((COVERING )?INDEX|PRIMARY KEY) /);
  });

  it('read held sessions by group and start, and attendance from covering indexes', () => {
    const all = Object.values(reportSql).flatMap(planOf).join('\n');
    expect(all).toMatch(
      /SEARCH s USING COVERING INDEX sessions_held_by_group_start \(group_id=\? AND started_at>\? AND started_at<\?\)/,
    );
    expect(all).toMatch(
      /SEARCH a USING COVERING INDEX attendance_by_session_role \(session_id=\? AND role=\?\)/,
    );
    expect(all).toMatch(/SEARCH b USING COVERING INDEX attendance_by_participant_role/);
    expect(all).toMatch(/SEARCH t USING COVERING INDEX sessions_held_by_id \(id=\?/);
    // Rounds by their (session, id) key, and each round's turns by theirs (counting.ts).
    expect(all).toMatch(/SEARCH r USING INDEX sqlite_autoindex_session_rounds_1 \(session_id=\?\)/);
    expect(all).toMatch(/SEARCH ct USING PRIMARY KEY \(session_id=\? AND round_id=\?\)/);
  });
});
