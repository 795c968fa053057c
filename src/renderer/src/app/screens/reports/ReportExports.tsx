import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { reportExportFormats, type ReportExportFormat } from '../../../../../shared/reports';
import { navigate, routeHash } from '../../router';
import { Button } from '../../ui/Button';
import { SavedFile } from '../../ui/SavedFile';
import type { ExportResult } from './use-report-export';

type ReportExportsProps = {
  /** The printable report's query (`groups=…&from=…&to=…`), for when Cercle cannot make the PDF itself. */
  printQuery: string;
  busy: boolean;
  result: ExportResult | null;
  onExport(format: ReportExportFormat): void;
};

/** CSV, JSON and PDF of the figures on the screen, and where each file went. */
export function ReportExports({ printQuery, busy, result, onExport }: ReportExportsProps) {
  const { t } = useTranslation();
  const id = useId();
  const outcome = useRef<HTMLDivElement>(null);

  // The outcome shows under the buttons: bring it into view, wherever the page was scrolled.
  useEffect(() => {
    if (result) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);

  return (
    <section className="card report-exports" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reports.exports.title')}</h2>
      <p className="muted">{t('reports.exports.intro')}</p>
      <div className="field-actions">
        {reportExportFormats.map((format) => (
          <Button key={format} busy={busy} onClick={() => onExport(format)}>
            {t(`reports.exports.${format}`)}
          </Button>
        ))}
      </div>
      <div ref={outcome}>
        <ExportOutcome result={result} printQuery={printQuery} />
      </div>
    </section>
  );
}

function ExportOutcome({
  result,
  printQuery,
}: {
  result: ExportResult | null;
  printQuery: string;
}) {
  const { t } = useTranslation();
  if (!result) return null;
  switch (result.kind) {
    case 'saved':
      return (
        <SavedFile
          label={t('reports.exports.savedTo')}
          path={result.path}
          testId="report-export-path"
        />
      );
    case 'cancelled':
      return <p className="muted">{t('reports.exports.cancelled')}</p>;
    case 'unsupported':
      return (
        <div className="alert alert-info" role="alert">
          <p>{t('reports.exports.unsupported')}</p>
          <div className="field-actions">
            <a
              className="button"
              href={routeHash({ screen: 'printReport', query: printQuery, autoPrint: false })}
            >
              {t('reports.exports.openPrintable')}
            </a>
            <Button
              variant="primary"
              // The print page opens the system's print window once the report is on it.
              onClick={() =>
                navigate({ screen: 'printReport', query: printQuery, autoPrint: true })
              }
            >
              {t('reports.exports.openAndPrint')}
            </Button>
          </div>
        </div>
      );
    case 'failed':
      return (
        <p className="field-error" role="alert">
          {t('reports.exports.failed')} {t(`errors.${result.error.code}`)}
        </p>
      );
  }
}
