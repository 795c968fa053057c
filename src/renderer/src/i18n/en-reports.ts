import { reportWords } from '../../../shared/report-words';
import type { frReports } from './fr-reports';

// English for the Reports screen and its printable page; same keys as
// `fr-reports.ts` (checked by the type).
export const enReports: typeof frReports = {
  reports: {
    title: 'Reports',
    intro:
      'Attendance summaries for your association or your funders: how many sessions, how many people reached, never who came.',
    loadingGroups: 'Loading groups…',
    groupsFailed: 'The groups could not be loaded.',
    noGroupsTitle: 'No groups yet',
    noGroupsBody:
      'Create a group and hold your sessions with Cercle: their attendance figures will appear here.',
    goToGroups: 'Go to groups',
    optionsTitle: 'What the report covers',
    groups: {
      legend: 'Groups',
      hint: 'One or more groups. Archived groups can be reported on too.',
      archived: 'archived',
      none: 'Tick at least one group to see its figures.',
    },
    period: {
      legend: 'Period',
      hint: 'Always whole months, and only months that have ended.',
      kindLegend: 'Kind of period',
      kinds: {
        month: 'One month',
        quarter: 'A quarter',
        year: 'A year',
        range: 'Several months',
      },
      month: 'Month',
      year: 'Year',
      quarter: 'Quarter',
      quarters: {
        q1: 'Q1 (January – March)',
        q2: 'Q2 (April – June)',
        q3: 'Q3 (July – September)',
        q4: 'Q4 (October – December)',
      },
      fromLegend: 'First month',
      toLegend: 'Last month',
      problems: {
        before_start: 'The last month must be the same as the first one or come after it.',
        too_long: 'A report covers 20 years at most (240 months). Shorten the period.',
        not_closed:
          'This period has not ended yet: a report counts only months that are over, so its figures never change once exported. The last month that has ended is {{month}}.',
      },
    },
    results: {
      title: 'Figures',
      loading: 'Working out the figures…',
      failed: 'The figures could not be worked out.',
      live_one: 'Figures for {{period}}: {{count}} session held.',
      live_other: 'Figures for {{period}}: {{count}} sessions held.',
      period: 'Period',
      groups: 'Groups',
      clipped:
        'Months that have not ended yet are left out: this report stops at {{last}}, while the period chosen runs to {{requested}}.',
      emptyTitle: 'No sessions held in this period',
      emptyBody:
        'These groups held no sessions during these months. Choose another period or other groups.',
    },
    figures: reportWords.en.figures,
    hints: {
      sessionsHeld: 'Exact: these are meetings, not people.',
      attendances: 'Someone who came to three sessions counts three times.',
      distinctParticipants: 'Each person counts once.',
      newParticipants: 'Came for the first time during the period.',
      returningParticipants: 'Had already come before the period.',
      averageAttendance: 'Attendances divided by sessions held.',
      averageSessionMinutes: 'Over the sessions whose end is known.',
      roundsHeld: 'Exact: rounds where everyone speaks in turn.',
      roundTurnsTaken: 'Times someone spoke when their turn came.',
      roundTurnsPassed: 'Times someone said “I pass”.',
      roundTurnsTakenPercent: 'Turns taken out of all turns taken or passed.',
    },
    values: {
      small: reportWords.en.small,
      hidden: reportWords.en.hidden,
      none: reportWords.en.none,
      minutes: '{{value}} min',
      percent: '{{value}}%',
    },
    rule: reportWords.en.rule,
    chart: {
      caption: 'Attendances by month, {{period}}',
      valueLegend: 'Attendances in the month (rounded to the nearest 5)',
      smallLegend: '“<5”: 1 to 4 attendances, the exact number is not shown',
      hiddenLegend: '“hidden”: withheld so that a small count cannot be worked out',
      tableCaption: 'The chart’s data',
      month: 'Month',
      sessions: 'Sessions held',
      attendances: 'Attendances',
    },
    exports: {
      title: 'Export',
      intro:
        'The files hold exactly these figures and the anonymisation rule, with no name, identifier or note.',
      csv: 'Export as CSV',
      json: 'Export as JSON',
      pdf: 'Export as PDF',
      savedTo: 'File saved here:',
      announceSaved: 'Report saved ({{format}}).',
      cancelled: 'Export cancelled: no file saved.',
      unsupported:
        'Here, Cercle cannot make the PDF itself. Open the printable version: your system’s printing can also save it as a PDF.',
      openPrintable: 'Open the printable version',
      openAndPrint: 'Open and print',
      failed: 'The export could not be made.',
    },
    print: {
      kicker: 'Anonymised attendance report',
      title: 'Attendance report',
      producedIn: 'Produced in',
      back: 'Back to reports',
      print: 'Print',
      hint: 'For a PDF, choose “Save as PDF” in the print window.',
      loading: 'Loading the report…',
      failed: 'The report could not be worked out.',
      invalid:
        'This report link is incomplete. Go back to reports and open the printable version again.',
      footer: 'Prepared with Cercle. No individual data: no name, no identifier, no note.',
    },
  },
};
