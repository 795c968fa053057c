import { useTranslation } from '../../../i18n/translation';
import type { AnonymisedReport } from '../../../../../shared/reports';
import { AttendanceChart } from './AttendanceChart';
import { ReportFigureList } from './ReportFigureList';
import { useReportFormat } from './report-format';

type ReportViewProps = {
  report: AnonymisedReport;
  /** The screen nests the report under « Chiffres » (h3); the print page does not (h2). */
  headingLevel: 2 | 3;
  /** The print page names period and groups in its own header. */
  showMeta?: boolean;
  chartHeight?: number;
};

/** One report as the screen and the print page show it: what it covers, figures, rule, chart. */
export function ReportView({
  report,
  headingLevel,
  showMeta = true,
  chartHeight,
}: ReportViewProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const clipped = report.requested.to !== report.period.to;
  const period = format.period(report.period);
  return (
    <div className="report-view">
      {showMeta ? (
        <dl className="report-meta">
          <div>
            <dt>{t('reports.results.period')}</dt>
            <dd>{period}</dd>
          </div>
          <div>
            <dt>{t('reports.results.groups')}</dt>
            <dd>{format.groups(report.groups)}</dd>
          </div>
        </dl>
      ) : null}
      {clipped ? (
        <p className="info-note report-clipped">
          {t('reports.results.clipped', {
            last: format.month(report.period.to),
            requested: format.month(report.requested.to),
          })}
        </p>
      ) : null}
      {report.figures.sessionsHeld === 0 ? (
        <div className="empty-state">
          <span className="empty-mark" aria-hidden="true" />
          <div>
            <Heading className="empty-title report-empty-title">
              {t('reports.results.emptyTitle')}
            </Heading>
            <p className="muted">{t('reports.results.emptyBody')}</p>
          </div>
        </div>
      ) : (
        <>
          <ReportFigureList figures={report.figures} />
          <p className="report-rule">{t('reports.rule')}</p>
          <AttendanceChart
            monthly={report.monthly}
            caption={t('reports.chart.caption', { period })}
            height={chartHeight}
          />
        </>
      )}
    </div>
  );
}
