import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/translation';
import { parseReportPrintQuery, type AnonymisedReport } from '../../../../shared/reports';
import { useApi } from '../api-context';
import { routeHash } from '../router';
import { Button } from '../ui/Button';
import { LoadState } from './plans/LoadState';
import { useLoad } from './plans/use-load';
import { ReportView } from './reports/ReportView';
import { useReportFormat } from './reports/report-format';
import '../../styles/print.css';
import '../../styles/reports.css';
import '../../styles/report-print.css';

type PrintReportScreenProps = {
  /** `groups=<id,id>&from=YYYY-MM&to=YYYY-MM`, as main's PDF export asks for it. */
  query: string;
  /** Opened from "Ouvrir et imprimer": the system print window opens by itself. */
  autoPrint: boolean;
};

/**
 * A report on paper (A4): no navigation, just the report. Electron's
 * printToPDF loads this route on its own and waits for `data-print-ready`.
 * It shows the same anonymised report as the screen, asked for again here.
 */
export function PrintReportScreen({ query, autoPrint }: PrintReportScreenProps) {
  const { t } = useTranslation();
  const request = useMemo(() => parseReportPrintQuery(query), [query]);
  return (
    <div className="print-page report-print-page">
      <div className="print-toolbar">
        <a className="back-link" href={routeHash({ screen: 'reports' })}>
          <span aria-hidden="true">← </span>
          {t('reports.print.back')}
        </a>
        <div className="print-toolbar-actions">
          <p className="field-hint">{t('reports.print.hint')}</p>
          <Button variant="primary" onClick={() => window.print()}>
            {t('reports.print.print')}
          </Button>
        </div>
      </div>
      {request ? (
        <PrintedReport query={query} request={request} autoPrint={autoPrint} />
      ) : (
        <main className="print-sheet">
          <p className="alert" role="alert">
            {t('reports.print.invalid')}
          </p>
        </main>
      )}
    </div>
  );
}

type PrintedReportProps = {
  query: string;
  request: NonNullable<ReturnType<typeof parseReportPrintQuery>>;
  autoPrint: boolean;
};

function PrintedReport({ query, request, autoPrint }: PrintedReportProps) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useReportFormat();
  // `request` is memoised on the query by the parent, so this loads once per report.
  const load = useCallback(() => api.reports.compute(request), [api, request]);
  const { state, retry } = useLoad(load);
  const report: AnonymisedReport | null = state.status === 'ready' ? state.value : null;
  const printed = useRef(false);

  useEffect(() => {
    if (!report) return;
    const previous = document.title;
    document.title = `${t('reports.print.title')} — ${format.period(report.period)} — ${t('common.appName')}`;
    return () => {
      document.title = previous;
    };
  }, [report, format, t]);

  useEffect(() => {
    if (!report || !autoPrint || printed.current) return;
    printed.current = true;
    // Printing once is what was asked; a reload of this page must not print again.
    window.history.replaceState(
      null,
      '',
      routeHash({ screen: 'printReport', query, autoPrint: false }),
    );
    window.print();
  }, [report, autoPrint, query]);

  return (
    <main className="print-sheet report-sheet" data-print-ready={report ? 'true' : undefined}>
      {report ? (
        <>
          <header className="print-header">
            <p className="print-kicker">
              <span className="brand-mark" aria-hidden="true" />
              {t('reports.print.kicker')}
            </p>
            <h1>{t('reports.print.title')}</h1>
            <dl className="print-meta">
              <div>
                <dt>{t('reports.results.period')}</dt>
                <dd>{format.period(report.period)}</dd>
              </div>
              <div>
                <dt>{t('reports.results.groups')}</dt>
                <dd>{format.groups(report.groups)}</dd>
              </div>
              <div>
                <dt>{t('reports.print.producedIn')}</dt>
                <dd>{format.month(report.producedIn)}</dd>
              </div>
            </dl>
          </header>
          <ReportView report={report} headingLevel={2} showMeta={false} chartHeight={180} />
          <p className="print-footer">{t('reports.print.footer')}</p>
        </>
      ) : (
        <LoadState
          state={state}
          loadingText={t('reports.print.loading')}
          failedText={t('reports.print.failed')}
          onRetry={retry}
        />
      )}
    </main>
  );
}
