import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { YearMonth } from '../../../../../shared/reports';
import { Button } from '../../ui/Button';
import { ReportView } from './ReportView';
import { useReportFormat } from './report-format';
import type { ReportState } from './use-report';

type ReportResultsProps = {
  state: ReportState;
  /** Why nothing is asked for, when the choices describe no report. */
  idleText: string;
  lastClosed: YearMonth;
  onRetry(): void;
};

/** The figures for the choices above, or why there are none; changes are read out politely. */
export function ReportResults({ state, idleText, lastClosed, onRetry }: ReportResultsProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const id = useId();
  const shown =
    state.status === 'ready' ? state : state.status === 'loading' ? state.previous : null;
  const live =
    state.status === 'ready'
      ? t('reports.results.live', {
          period: format.period(state.report.period),
          count: state.report.figures.sessionsHeld,
        })
      : '';

  return (
    <section
      className="card report-results"
      aria-labelledby={`${id}-title`}
      aria-busy={state.status === 'loading'}
    >
      <h2 id={`${id}-title`}>{t('reports.results.title')}</h2>
      <p className="visually-hidden" aria-live="polite">
        {live}
      </p>
      {state.status === 'idle' ? <p className="muted">{idleText}</p> : null}
      {state.status === 'loading' && !shown ? (
        <p className="muted">{t('reports.results.loading')}</p>
      ) : null}
      {state.status === 'failed' ? (
        state.error.fieldProblem('period') === 'not_closed' ? (
          <p className="alert alert-info" role="alert">
            {t('reports.period.problems.not_closed', { month: format.month(lastClosed) })}
          </p>
        ) : (
          <div className="alert" role="alert">
            <p>
              {t('reports.results.failed')} {t(`errors.${state.error.code}`)}
            </p>
            <Button onClick={onRetry}>{t('common.retry')}</Button>
          </div>
        )
      ) : null}
      {shown ? (
        <div className="report-shown" data-stale={state.status === 'loading' || undefined}>
          {state.status === 'loading' ? (
            <p className="muted report-updating">{t('reports.results.loading')}</p>
          ) : null}
          <ReportView report={shown.report} headingLevel={3} />
        </div>
      ) : null}
    </section>
  );
}
