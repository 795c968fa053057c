import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedGroup, seedHeld, seedParticipant } from '../../../../tests/support/seed-attendance';
import { useTempDir } from '../../../../tests/support/temp-dir';
import { AppError } from '../../../shared/errors';
import type { ReportExportRequest, ReportPeriod, ReportRequest } from '../../../shared/reports';
import { openDatabase, type Db } from '../../db/connection';
import { directoryPlatform } from '../../platform/directory-platform';
import { createReportsService } from './service';

const tempDir = useTempDir();

/**
 * Ten regulars meet twice in January (everyone) and twice in February (nine
 * each time): 38 attendances. In March the group meets once, and who comes
 * is what a reader must not learn. `march` lists who came: regulars by
 * number, or 'new' for someone never seen before.
 */
function world(march: (number | 'new')[]) {
  const db = openDatabase(':memory:');
  const groupId = seedGroup(db, 'Mardi soir');
  const regulars = Array.from({ length: 10 }, () => seedParticipant(db, { groupId }));
  const round = (n: number) => [{ taken: n, passed: 0 }];
  seedHeld(db, groupId, { year: 2025, month: 1, day: 7 }, regulars, round(10));
  seedHeld(db, groupId, { year: 2025, month: 1, day: 21 }, regulars, round(10));
  seedHeld(db, groupId, { year: 2025, month: 2, day: 4 }, regulars.slice(1), round(9));
  seedHeld(db, groupId, { year: 2025, month: 2, day: 18 }, regulars.slice(0, 9), round(9));
  const present = march.map((p) => (p === 'new' ? seedParticipant(db, { groupId }) : regulars[p]!));
  seedHeld(db, groupId, { year: 2025, month: 3, day: 11 }, present, round(present.length));
  return { db, groupId };
}

async function exportBytes(db: Db, request: ReportExportRequest, now: number): Promise<string> {
  const dir = tempDir();
  const reports = createReportsService(
    db,
    directoryPlatform(dir),
    () => 'fr',
    () => now,
  );
  const saved = await reports.export(request);
  if (!saved.saved) throw new Error('not saved');
  return readFileSync(saved.path).toString('base64');
}

const janFeb: ReportPeriod = { kind: 'range', from: '2025-01', to: '2025-02' };
const q1: ReportPeriod = { kind: 'quarter', year: 2025, quarter: 1 };
const april = new Date(2025, 3, 2).getTime();

describe('differencing two exports', () => {
  it('does not reveal who came to the one session that separates two periods', async () => {
    // Three people including a newcomer; four regulars; one newcomer alone.
    const worlds = [[0, 1, 'new'], [2, 3, 4, 5], ['new']] as (number | 'new')[][];
    const exports = await Promise.all(
      worlds.map(async (march) => {
        const { db, groupId } = world(march);
        const files: string[] = [];
        for (const period of [janFeb, q1]) {
          for (const format of ['csv', 'json'] as const) {
            files.push(await exportBytes(db, { groupIds: [groupId], period, format }, april));
          }
        }
        const reports = createReportsService(
          db,
          directoryPlatform(tempDir()),
          () => 'fr',
          () => april,
        );
        const before = reports.compute({ groupIds: [groupId], period: janFeb });
        const after = reports.compute({ groupIds: [groupId], period: q1 });
        db.close();
        return { files, before, after };
      }),
    );
    // Byte for byte the same whoever came: nothing in them, subtracted or not, can tell.
    for (const other of exports.slice(1)) expect(other.files).toEqual(exports[0]!.files);

    const { before, after } = exports[0]!;
    expect(after.figures.sessionsHeld - before.figures.sessionsHeld).toBe(1);
    expect(after.monthly[2]!.attendances).toEqual({ status: 'small' });
    const counts = ['attendances', 'distinctParticipants', 'newParticipants'] as const;
    for (const name of counts) {
      const [a, b] = [after.figures[name], before.figures[name]];
      if (a.status !== 'value' || b.status !== 'value') throw new Error(`${name} hidden`);
      // The subtraction gives 0 (or 5), never the 1–4 people of that session.
      expect(a.value - b.value).toBe(0);
    }
  });

  it('reports only closed months, so an export made after one more session is unchanged', async () => {
    const { db, groupId } = world([0, 1, 2]);
    const request: ReportRequest = { groupIds: [groupId], period: { kind: 'year', year: 2025 } };
    const march20 = new Date(2025, 2, 20).getTime();
    const march5 = new Date(2025, 2, 5).getTime();
    // The March session (11 March) happened between the two exports: both stop at February.
    const early = await exportBytes(db, { ...request, format: 'json' }, march5);
    const late = await exportBytes(db, { ...request, format: 'json' }, march20);
    expect(late).toEqual(early);
    const reports = createReportsService(
      db,
      directoryPlatform(tempDir()),
      () => 'fr',
      () => march20,
    );
    expect(reports.compute(request).period).toEqual({ from: '2025-01', to: '2025-02' });

    const current = () =>
      reports.compute({ groupIds: [groupId], period: { kind: 'month', month: '2025-03' } });
    expect(current).toThrow(AppError);
    expect(current).toThrow(/last closed month/);
    db.close();
  });
});
