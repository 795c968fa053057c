import { useTranslation } from '../../../i18n/translation';
import { reportFigureOrder, type ReportFigures } from '../../../../../shared/reports';
import { useReportFormat } from './report-format';

/**
 * The figures in the order every view uses (the screen, the print page, the
 * CSV). A figure under the rule shows `<5` or « masqué », never a number.
 */
export function ReportFigureList({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  return (
    <dl className="report-figures">
      {reportFigureOrder.map((key) => {
        const shown = format.figure(figures, key);
        return (
          <div className="report-figure" key={key} data-figure={key} data-state={shown.state}>
            <dt className="report-figure-label">{t(`reports.figures.${key}`)}</dt>
            <dd className="report-value">{shown.text}</dd>
            <dd className="report-hint">{t(`reports.hints.${key}`)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
