import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { reportPrintRoute, type ReportRequest } from '../../../../../shared/reports';
import { GroupPicker } from './GroupPicker';
import { PeriodPicker } from './PeriodPicker';
import { formPeriod, type PeriodForm } from './period-form';
import { ReportExports } from './ReportExports';
import { ReportResults } from './ReportResults';
import type { ReportSetup } from './use-report-setup';
import { useReport } from './use-report';
import { useReportExport } from './use-report-export';

/**
 * Groups and period on one side, the figures for them below: every change
 * asks for the report again, so what is shown always matches the choices,
 * and the exports always contain what is shown.
 */
export function ReportBuilder({ setup }: { setup: ReportSetup }) {
  const { t } = useTranslation();
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(setup.selected));
  const [form, setForm] = useState<PeriodForm>(setup.form);
  const checked = formPeriod(form);
  // In the order the groups are listed, so the report names them in that order.
  const groupIds = setup.groups.filter((g) => selected.has(g.id)).map((g) => g.id);
  const request: ReportRequest | null =
    groupIds.length > 0 && checked.ok ? { groupIds, period: checked.period } : null;
  const { state, retry } = useReport(request);
  const shown = state.status === 'ready' ? state : null;
  const exporter = useReportExport(shown ? shown.request : null);
  const showExports = state.status === 'ready' || (state.status === 'loading' && state.previous);

  const toggle = (groupId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(groupId);
      else next.delete(groupId);
      return next;
    });

  const idleText =
    groupIds.length === 0
      ? t('reports.groups.none')
      : checked.ok
        ? ''
        : t(`reports.period.problems.${checked.problem}`);

  return (
    <>
      <form
        className="card report-options"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id={`${id}-title`}>{t('reports.optionsTitle')}</h2>
        <div className="report-options-grid">
          <GroupPicker groups={setup.groups} selected={selected} onToggle={toggle} />
          <PeriodPicker
            form={form}
            years={setup.years}
            problem={checked.ok ? null : checked.problem}
            onChange={setForm}
          />
        </div>
      </form>
      <ReportResults
        state={state}
        idleText={idleText}
        lastClosed={setup.lastClosed}
        onRetry={retry}
      />
      {showExports ? (
        <ReportExports
          printQuery={
            shown
              ? (reportPrintRoute(shown.request.groupIds, shown.report.period).split('?')[1] ?? '')
              : ''
          }
          busy={exporter.busy || !shown}
          result={exporter.result}
          onExport={(format) => void exporter.exportAs(format)}
        />
      ) : null}
    </>
  );
}
