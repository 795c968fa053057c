import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  seedAttendance,
  seedGroup,
  seedHeld,
  seedNote,
  seedParticipant,
} from '../../../../tests/support/seed-attendance';
import { useTempDir } from '../../../../tests/support/temp-dir';
import { parseReportPrintQuery } from '../../../shared/reports';
import { openDatabase } from '../../db/connection';
import { directoryPlatform } from '../../platform/directory-platform';
import type { Platform } from '../../platform/platform';
import { createReportsService } from './service';

const tempDir = useTempDir();

/**
 * Distinctive pseudonyms, keys and notes: none of them, nor any participant
 * or session id, may appear in any byte of any export.
 */
function seedCanaries() {
  const db = openDatabase(':memory:');
  const secrets: string[] = [];
  const groupIds = [seedGroup(db, 'Mardi soir'), seedGroup(db, 'Aidants — jeudi')];
  groupIds.forEach((groupId, g) => {
    const people = Array.from({ length: 9 }, (_, i) => {
      const label = `Zoé Canari-${g}${i} Ørsted`;
      const key = `kanari-key-${g}-${i}-7f3a9c`;
      const id = seedParticipant(db, { groupId, key, label });
      secrets.push(label, key, id);
      return id;
    });
    for (let month = 1; month <= 12; month++) {
      for (const day of [3, 17]) {
        // Churn: a different handful each time, sometimes only one or two people.
        const present = people.filter(
          (_, i) => (i + month + day) % (month % 4 === 0 ? 5 : 2) === 0,
        );
        const sessionId = seedHeld(db, groupId, { year: 2025, month, day }, present, [
          { taken: present.length, passed: month % 3 },
        ]);
        const note = `NOTE-CANARI ${g}/${month}/${day}: « très confidentiel », Kévin pleure`;
        seedNote(db, sessionId, note);
        seedNote(db, sessionId, `${note} (bloc)`, 'block-1');
        secrets.push(note, sessionId);
      }
    }
    // A co-facilitator with a pseudonym of their own.
    const co = seedParticipant(db, {
      groupId,
      key: `kanari-cofac-${g}`,
      label: `Cofac Canari ${g}`,
    });
    secrets.push(`kanari-cofac-${g}`, `Cofac Canari ${g}`, co);
    const lastSession = db
      .prepare('SELECT id FROM sessions ORDER BY started_at DESC')
      .pluck()
      .get();
    seedAttendance(db, lastSession as string, co, 'cofacilitator');
  });
  return { db, groupIds, secrets };
}

/** Finds a secret in raw bytes, whatever the case, in UTF-8 and in UTF-16. */
function leaks(bytes: Buffer, secrets: string[]): string[] {
  const text = [bytes.toString('utf8'), bytes.toString('utf16le')].join('\n').toLowerCase();
  return secrets.filter((s) => text.includes(s.toLowerCase()));
}

describe('reports canary', () => {
  it('exports CSV, JSON and the print page without a name, key, id or note', async () => {
    const { db, groupIds, secrets } = seedCanaries();
    const dir = tempDir();
    let printedRoute = '';
    const platform: Platform = {
      saveFile: directoryPlatform(dir).saveFile,
      async printToPdf(route, suggestedName) {
        printedRoute = route;
        return { saved: true, path: join(dir, suggestedName) };
      },
    };
    const now = () => new Date(2026, 1, 10).getTime();
    const reports = createReportsService(db, platform, () => 'fr', now);
    const request = { groupIds, period: { kind: 'year', year: 2025 } } as const;

    const csv = await reports.export({ ...request, format: 'csv' });
    const json = await reports.export({ ...request, format: 'json' });
    const pdf = await reports.export({ ...request, format: 'pdf' });
    if (!csv.saved || !json.saved || !pdf.saved) throw new Error('not saved');

    // The print page shows exactly what reports:compute returns for its route.
    const printed = parseReportPrintQuery(printedRoute.split('?')[1] ?? '');
    expect(printed?.groupIds).toEqual(groupIds);
    const printModel = reports.compute(printed!);

    const outputs = {
      csv: readFileSync(csv.path),
      json: readFileSync(json.path),
      printModel: Buffer.from(JSON.stringify(printModel)),
    };
    // The exports are not empty shells: they carry the figures and the groups.
    expect(outputs.csv.toString('utf8')).toContain('Aidants — jeudi');
    expect(printModel.figures.sessionsHeld).toBe(48);
    for (const [name, bytes] of Object.entries(outputs)) {
      expect({ name, leaked: leaks(bytes, secrets) }).toEqual({ name, leaked: [] });
    }
    // Nothing in the route but group ids and months either.
    expect(leaks(Buffer.from(printedRoute), secrets)).toEqual([]);
    db.close();
  });
});
