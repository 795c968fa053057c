import { useCallback } from 'react';
import type { Group } from '../../../../../shared/groups';
import { lastClosedMonth, type YearMonth } from '../../../../../shared/reports';
import { useApi } from '../../api-context';
import { useGroupOrder } from '../groups/group-format';
import { useLoad } from '../plans/use-load';
import { defaultPeriod, monthsWithSessions, probeRange } from './default-period';
import { formFor, yearOf, yearsOffered, type PeriodForm } from './period-form';

export type ReportSetup = {
  /** Active groups first, then archived ones, each in alphabetical order. */
  groups: Group[];
  lastClosed: YearMonth;
  years: number[];
  /** What the screen opens on: the active groups, over a period in which they met. */
  selected: string[];
  form: PeriodForm;
};

/**
 * Everything the Reports screen needs before its first report: the groups,
 * and a first period chosen from one look at when those groups met (a
 * report's monthly series says how many sessions each month held).
 */
export function useReportSetup() {
  const api = useApi();
  const order = useGroupOrder();
  const load = useCallback(async (): Promise<ReportSetup> => {
    const now = Date.now();
    const lastClosed = lastClosedMonth(now);
    const currentYear = new Date(now).getFullYear();
    const all = order(await api.groups.list({ includeArchived: true }));
    const active = all.filter((g) => g.archivedAt === null);
    const groups = [...active, ...all.filter((g) => g.archivedAt !== null)];
    const selected = (active.length > 0 ? active : groups).map((g) => g.id);
    let sessionMonths: YearMonth[] = [];
    if (selected.length > 0) {
      // A failed look only loses the better first period: the last ended quarter stands in.
      sessionMonths = await api.reports
        .compute({ groupIds: selected, period: { kind: 'range', ...probeRange(lastClosed) } })
        .then((probe) => monthsWithSessions(probe.monthly))
        .catch(() => []);
    }
    const first = sessionMonths[0];
    return {
      groups,
      lastClosed,
      years: yearsOffered(currentYear, first === undefined ? null : yearOf(first)),
      selected,
      form: formFor(defaultPeriod(lastClosed, sessionMonths), lastClosed),
    };
  }, [api, order]);
  return useLoad(load);
}
