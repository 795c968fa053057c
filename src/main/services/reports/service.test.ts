import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedGroup, seedHeld, seedParticipant } from '../../../../tests/support/seed-attendance';
import { useTempDir } from '../../../../tests/support/temp-dir';
import { AppError } from '../../../shared/errors';
import {
  parseReportPrintQuery,
  reportFileSchema,
  reportRequestSchema,
  type ReportRequest,
} from '../../../shared/reports';
import type { Language } from '../../../shared/settings';
import { openDatabase } from '../../db/connection';
import { directoryPlatform } from '../../platform/directory-platform';
import type { Platform } from '../../platform/platform';
import { csvField } from './csv-export';
import { createReportsService } from './service';
import { reportWords } from '../../../shared/report-words';

const tempDir = useTempDir();
const june2025 = new Date(2025, 5, 14).getTime();

/** One group, `=Parents; "solos"` (a name a spreadsheet must not run), meeting weekly Jan–May. */
function setup(language: Language = 'fr', platform?: Platform) {
  const db = openDatabase(':memory:');
  const groupId = seedGroup(db, '=Parents; "solos"');
  const people = Array.from({ length: 12 }, () => seedParticipant(db, { groupId }));
  for (let month = 1; month <= 6; month++) {
    for (const day of [2, 9, 16, 23]) {
      const present = people.filter((_, i) => (i + day + month) % 3 !== 0);
      seedHeld(db, groupId, { year: 2025, month, day }, present, [{ taken: 7, passed: 1 }]);
    }
  }
  const dir = tempDir();
  const reports = createReportsService(
    db,
    platform ?? directoryPlatform(dir),
    () => language,
    () => june2025,
  );
  return { db, groupId, reports };
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return [error.code, error.fields?.[0]?.message];
    throw error;
  }
  return undefined;
};

describe('reports service', () => {
  it('clips a period to the last closed month and says so', () => {
    const { reports, groupId } = setup();
    const report = reports.compute({ groupIds: [groupId], period: { kind: 'year', year: 2025 } });
    expect(report.requested).toEqual({ from: '2025-01', to: '2025-12' });
    expect(report.period).toEqual({ from: '2025-01', to: '2025-05' });
    expect(report.monthly.map((m) => m.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
    ]);
    expect(report.figures.sessionsHeld).toBe(20);
    expect(report.producedIn).toBe('2025-06');
  });

  it('refuses a period with no closed month, and groups that do not exist', () => {
    const { reports, groupId } = setup();
    const june: ReportRequest = {
      groupIds: [groupId],
      period: { kind: 'month', month: '2025-06' },
    };
    expect(codeOf(() => reports.compute(june))).toEqual(['VALIDATION', 'not_closed']);
    const unknown = { ...june, groupIds: ['00000000-0000-4000-8000-000000000000'] };
    expect(codeOf(() => reports.compute(unknown))).toEqual(['NOT_FOUND', undefined]);
  });

  it('accepts months, quarters, years and ranges of whole months, and nothing else', () => {
    const ok = (period: unknown) =>
      reportRequestSchema.safeParse({
        groupIds: ['11111111-1111-4111-8111-111111111111'],
        period,
      }).success;
    expect(ok({ kind: 'month', month: '2025-03' })).toBe(true);
    expect(ok({ kind: 'quarter', year: 2025, quarter: 4 })).toBe(true);
    expect(ok({ kind: 'year', year: 2025 })).toBe(true);
    expect(ok({ kind: 'range', from: '2016-01', to: '2025-12' })).toBe(true);
    expect(ok({ kind: 'range', from: '2025-05', to: '2025-04' })).toBe(false);
    expect(ok({ kind: 'range', from: '2025-01-01', to: '2025-04' })).toBe(false);
    expect(ok({ kind: 'month', month: '2025-13' })).toBe(false);
    expect(ok({ kind: 'quarter', year: 2025, quarter: 5 })).toBe(false);
    expect(ok({ kind: 'week', year: 2025 })).toBe(false);
  });

  it('writes a CSV that a French Excel opens right', async () => {
    const { reports, groupId } = setup('fr');
    const saved = await reports.export({
      groupIds: [groupId],
      period: { kind: 'quarter', year: 2025, quarter: 1 },
      format: 'csv',
    });
    if (!saved.saved) throw new Error('not saved');
    expect(saved.path).toMatch(/rapport-frequentation-2025-01_2025-03\.csv$/);
    const bytes = readFileSync(saved.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Cercle — rapport de fréquentation anonymisé');
    expect(lines[1]).toBe('Période;janvier 2025 – mars 2025');
    // Quoted for the ; and the quotes, and defused so it is text, not a formula.
    expect(lines[2]).toBe(`Groupes;"'=Parents; ""solos"""`);
    // The rule in the very words the screen shows under the figures.
    expect(lines[4]).toBe(`Règle d’anonymisation;${reportWords.fr.rule}`);
    expect(lines[4]).toMatch(/arrondis à 5 près.*1 à 4.*<5/);
    // The screen's labels too, with the unit a bare number needs.
    expect(lines).toContain('Durée moyenne d’une séance (minutes)');
    expect(lines).toContain('Part des tours pris (%)');
    const table = (title: string) => lines.slice(lines.indexOf(title), lines.indexOf(title) + 3);
    expect(table('Séances tenues')).toEqual([
      'Séances tenues',
      'Période;Séances tenues',
      'janvier 2025 – mars 2025;12',
    ]);
    expect(table('Participation moyenne par séance')[2]).toMatch(/;\d+,\d$/);
    expect(lines.slice(lines.indexOf('Par mois') + 1, -1)).toEqual([
      'Mois;Séances tenues;Participations',
      '2025-01;4;30',
      '2025-02;4;30',
      '2025-03;4;30',
    ]);
  });

  it('writes English CSV with commas and decimal points', async () => {
    const { reports, groupId } = setup('en');
    const saved = await reports.export({
      groupIds: [groupId],
      period: { kind: 'month', month: '2025-02' },
      format: 'csv',
    });
    if (!saved.saved) throw new Error('not saved');
    const text = readFileSync(saved.path, 'utf8');
    expect(text).toContain('\r\nPeriod,February 2025\r\n');
    expect(text).toMatch(
      /Average attendance per session\r\nPeriod,.*\r\nFebruary 2025,\d+\.\d\r\n/,
    );
  });

  it('writes JSON in the published format', async () => {
    const { reports, groupId } = setup('en');
    const saved = await reports.export({
      groupIds: [groupId],
      period: { kind: 'range', from: '2025-01', to: '2025-05' },
      format: 'json',
    });
    if (!saved.saved) throw new Error('not saved');
    const file = reportFileSchema.parse(JSON.parse(readFileSync(saved.path, 'utf8')));
    expect(file.format).toBe('cercle-report');
    expect(file.version).toBe(1);
    expect(file.period).toEqual({ from: '2025-01', to: '2025-05' });
    expect(file.figures.sessionsHeld).toBe(20);
    expect(file.monthly).toHaveLength(5);
    expect(file.rule).toMatchObject({ smallCountsBelow: 5, roundedTo: 5, onlyClosedMonths: true });
  });

  it('prints the PDF from the report route, for the closed months only', async () => {
    const calls: [string, string][] = [];
    const platform: Platform = {
      saveFile: async () => ({ saved: false }),
      async printToPdf(route, name) {
        calls.push([route, name]);
        return { saved: true, path: `/tmp/${name}` };
      },
    };
    const { reports, groupId } = setup('fr', platform);
    await reports.export({
      groupIds: [groupId],
      period: { kind: 'year', year: 2025 },
      format: 'pdf',
    });
    const [route, name] = calls[0]!;
    expect(name).toBe('rapport-frequentation-2025-01_2025-05.pdf');
    expect(route).toBe(`#/print/report?groups=${groupId}&from=2025-01&to=2025-05`);
    expect(parseReportPrintQuery(route.split('?')[1]!)).toEqual({
      groupIds: [groupId],
      period: { kind: 'range', from: '2025-01', to: '2025-05' },
    });
    expect(parseReportPrintQuery('groups=&from=2025-01&to=2025-05')).toBeNull();
  });

  it('quotes CSV fields only when they need it', () => {
    expect(csvField('Mardi soir', ';')).toBe('Mardi soir');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('ligne\nsuivante', ',')).toBe('"ligne\nsuivante"');
    expect(csvField('-5', ',')).toBe("'-5");
    expect(csvField('@cmd', ',')).toBe("'@cmd");
  });
});
