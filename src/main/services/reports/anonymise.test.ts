import { describe, expect, it } from 'vitest';
import { anonymise, type ReportCounts } from './anonymise';

const context = {
  period: { from: '2025-01', to: '2025-03' },
  requested: { from: '2025-01', to: '2025-03' },
  groups: ['Mardi soir'],
  producedIn: '2025-04',
};

function counts(change: Partial<ReportCounts> = {}): ReportCounts {
  return {
    months: [
      { month: '2025-01', sessions: 4, attendances: 31 },
      { month: '2025-02', sessions: 4, attendances: 28 },
      { month: '2025-03', sessions: 5, attendances: 36 },
    ],
    sessionsHeld: 13,
    attendances: 95,
    distinctParticipants: 14,
    newParticipants: 6,
    returningParticipants: 8,
    roundsHeld: 39,
    roundTurnsTaken: 270,
    roundTurnsPassed: 23,
    timedSessions: 12,
    timedMs: 12 * 95 * 60_000 + 20_000,
    ...change,
  };
}

describe('anonymise', () => {
  it('rounds counts of people to the nearest 5 and keeps events exact', () => {
    const { figures, monthly } = anonymise(counts(), context);
    expect(figures.sessionsHeld).toBe(13);
    expect(figures.roundsHeld).toBe(39);
    expect(figures.attendances).toEqual({ status: 'value', value: 95 });
    expect(figures.distinctParticipants).toEqual({ status: 'value', value: 15 });
    expect(figures.newParticipants).toEqual({ status: 'value', value: 5 });
    expect(figures.returningParticipants).toEqual({ status: 'value', value: 10 });
    expect(monthly.map((m) => m.attendances)).toEqual([
      { status: 'value', value: 30 },
      { status: 'value', value: 30 },
      { status: 'value', value: 35 },
    ]);
    expect(figures.averageSessionMinutes).toEqual({ status: 'value', value: 95 });
  });

  it('computes averages and shares from the published counts only', () => {
    const { figures } = anonymise(counts(), context);
    // 95 published attendances over 13 sessions; 270 taken and 25 passed (23 rounded).
    expect(figures.averageAttendance).toEqual({ status: 'value', value: 7.3 });
    expect(figures.roundTurnsTakenPercent).toEqual({ status: 'value', value: 92 });
  });

  it('hides an average or a share whose input is hidden', () => {
    const months = [
      { month: '2025-01', sessions: 1, attendances: 3 },
      { month: '2025-02', sessions: 0, attendances: 0 },
      { month: '2025-03', sessions: 0, attendances: 0 },
    ];
    const { figures, monthly } = anonymise(
      counts({ months, sessionsHeld: 1, attendances: 3, roundTurnsPassed: 2 }),
      context,
    );
    expect(figures.attendances).toEqual({ status: 'small' });
    expect(monthly[1]!.attendances).toEqual({ status: 'value', value: 0 });
    // 3 attendances at 1 session: an average of 3.0 would give the hidden count away.
    expect(figures.averageAttendance).toEqual({ status: 'hidden' });
    expect(figures.roundTurnsPassed).toEqual({ status: 'small' });
    expect(figures.roundTurnsTakenPercent).toEqual({ status: 'hidden' });
  });

  it('withholds new or returning people when the other could be worked out from distinct', () => {
    const { figures } = anonymise(
      counts({ distinctParticipants: 14, newParticipants: 2, returningParticipants: 12 }),
      context,
    );
    expect(figures.newParticipants).toEqual({ status: 'small' });
    // 14 − 12 = 2 would give the new people away: the returning count is withheld too.
    expect(figures.returningParticipants).toEqual({ status: 'hidden' });
    expect(figures.distinctParticipants).toEqual({ status: 'value', value: 15 });
  });

  it('says there is nothing to average when no session was held', () => {
    const months = [{ month: '2025-01', sessions: 0, attendances: 0 }];
    const empty = counts({
      months,
      sessionsHeld: 0,
      attendances: 0,
      distinctParticipants: 0,
      newParticipants: 0,
      returningParticipants: 0,
      roundsHeld: 0,
      roundTurnsTaken: 0,
      roundTurnsPassed: 0,
      timedSessions: 0,
      timedMs: 0,
    });
    const { figures } = anonymise(empty, context);
    expect(figures.attendances).toEqual({ status: 'value', value: 0 });
    expect(figures.averageAttendance).toEqual({ status: 'none' });
    expect(figures.averageSessionMinutes).toEqual({ status: 'none' });
    expect(figures.roundTurnsTakenPercent).toEqual({ status: 'none' });
  });
});
