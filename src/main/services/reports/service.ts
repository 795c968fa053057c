import { AppError, assertUnreachable } from '../../../shared/errors';
import {
  monthOf,
  periodMonths,
  reportPrintRoute,
  type AnonymisedReport,
  type ReportExportRequest,
  type ReportRequest,
} from '../../../shared/reports';
import type { Language } from '../../../shared/settings';
import type { Db } from '../../db/connection';
import { findGroup } from '../../db/repos/groups';
import type { SaveOutcome } from '../../../shared/ipc';
import type { Platform } from '../../platform/platform';
import type { Clock } from '../clock';
import { anonymise } from './anonymise';
import { computeCounts } from './compute';
import { reportCsv } from './csv-export';
import { exportText } from './export-text';
import { reportJson } from './json-export';
import { closedRange } from './period';

/** Anonymised attendance reports: computed on demand, exported as CSV, JSON or PDF. */
export function createReportsService(
  db: Db,
  platform: Platform,
  language: () => Language,
  now: Clock = Date.now,
) {
  function compute(request: ReportRequest): AnonymisedReport {
    const groups = request.groupIds.map((id) => {
      const group = findGroup(db, id);
      if (!group) throw new AppError('NOT_FOUND', `No group ${id}.`);
      return group.name;
    });
    const at = now();
    const requested = periodMonths(request.period);
    const period = closedRange(requested, at);
    const counts = computeCounts(db, request.groupIds, period);
    return anonymise(counts, { period, requested, groups, producedIn: monthOf(at) });
  }

  return {
    compute,

    /** Saves the report where the person chooses; the PDF is the print page, printed by Chromium. */
    async export(request: ReportExportRequest): Promise<SaveOutcome> {
      const report = compute(request);
      const lang = language();
      const name = `${exportText(lang).fileName}-${report.period.from}_${report.period.to}`;
      switch (request.format) {
        case 'csv':
          return platform.saveFile({
            suggestedName: `${name}.csv`,
            filters: [{ name: 'CSV', extensions: ['csv'] }],
            data: reportCsv(report, lang),
          });
        case 'json':
          return platform.saveFile({
            suggestedName: `${name}.json`,
            filters: [{ name: 'JSON', extensions: ['json'] }],
            data: reportJson(report, lang),
          });
        case 'pdf':
          return platform.printToPdf(
            reportPrintRoute(request.groupIds, report.period),
            `${name}.pdf`,
          );
        default:
          return assertUnreachable(request.format);
      }
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
