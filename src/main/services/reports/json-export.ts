import {
  REPORT_FILE_FORMAT,
  REPORT_FILE_VERSION,
  REPORT_ROUNDING_BASE,
  REPORT_SMALL_COUNT_BELOW,
  reportFileSchema,
  type AnonymisedReport,
  type DerivedFigure,
  type ProtectedCount,
  type ReportFile,
} from '../../../shared/reports';
import type { Language } from '../../../shared/settings';
import { exportText } from './export-text';

/** In files, hidden counts are words a person or a script can read: "<5" or "hidden". */
const count = (c: ProtectedCount): number | '<5' | 'hidden' =>
  c.status === 'value' ? c.value : c.status === 'small' ? '<5' : 'hidden';

const derived = (d: DerivedFigure): number | 'hidden' | null =>
  d.status === 'value' ? d.value : d.status === 'hidden' ? 'hidden' : null;

/**
 * The JSON export (`format: "cercle-report"`, `version: 1`), built from the
 * anonymised report only and checked against the published schema.
 */
export function reportFile(report: AnonymisedReport, language: Language): ReportFile {
  const f = report.figures;
  return reportFileSchema.parse({
    format: REPORT_FILE_FORMAT,
    version: REPORT_FILE_VERSION,
    period: report.period,
    groups: report.groups,
    producedIn: report.producedIn,
    rule: {
      smallCountsBelow: REPORT_SMALL_COUNT_BELOW,
      roundedTo: REPORT_ROUNDING_BASE,
      onlyClosedMonths: true,
      text: exportText(language).rule,
    },
    figures: {
      sessionsHeld: f.sessionsHeld,
      attendances: count(f.attendances),
      distinctParticipants: count(f.distinctParticipants),
      newParticipants: count(f.newParticipants),
      returningParticipants: count(f.returningParticipants),
      averageAttendance: derived(f.averageAttendance),
      averageSessionMinutes: derived(f.averageSessionMinutes),
      roundsHeld: f.roundsHeld,
      roundTurnsTaken: count(f.roundTurnsTaken),
      roundTurnsPassed: count(f.roundTurnsPassed),
      roundTurnsTakenPercent: derived(f.roundTurnsTakenPercent),
    },
    monthly: report.monthly.map((m) => ({
      month: m.month,
      sessionsHeld: m.sessionsHeld,
      attendances: count(m.attendances),
    })),
  });
}

export function reportJson(report: AnonymisedReport, language: Language): string {
  return `${JSON.stringify(reportFile(report, language), null, 2)}\n`;
}
