import { useCallback, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { ReportExportFormat, ReportRequest } from '../../../../../shared/reports';
import type { ApiError } from '../../api';
import { useApi } from '../../api-context';
import { useAnnounce } from '../../announcer';
import { useBusy } from '../../use-busy';

export type ExportResult =
  | { kind: 'saved'; format: ReportExportFormat; path: string }
  | { kind: 'cancelled' }
  /** This Cercle cannot print to PDF by itself (the e2e host): the printable page can. */
  | { kind: 'unsupported' }
  | { kind: 'failed'; error: ApiError };

const formatName: Record<ReportExportFormat, string> = { csv: 'CSV', json: 'JSON', pdf: 'PDF' };

/** Exports the report on the screen; an outcome shows only while the same report does. */
export function useReportExport(request: ReportRequest | null) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const { busy, perform } = useBusy();
  const [last, setLast] = useState<{ key: string; result: ExportResult } | null>(null);
  const key = request ? JSON.stringify(request) : null;

  const exportAs = useCallback(
    async (format: ReportExportFormat) => {
      if (!request || key === null) return;
      const outcome = await perform(() => api.reports.export({ ...request, format }));
      if (!outcome) return;
      const done = (result: ExportResult) => setLast({ key, result });
      if (!outcome.ok) {
        done(
          format === 'pdf' && outcome.error.code === 'UNSUPPORTED'
            ? { kind: 'unsupported' }
            : { kind: 'failed', error: outcome.error },
        );
      } else if (outcome.value.saved) {
        done({ kind: 'saved', format, path: outcome.value.path });
        announce(t('reports.exports.announceSaved', { format: formatName[format] }));
      } else {
        done({ kind: 'cancelled' });
        announce(t('reports.exports.cancelled'));
      }
    },
    [api, announce, key, perform, request, t],
  );

  // A saved path describes the figures it was made from: other figures, no old path.
  const result = last !== null && last.key === key ? last.result : null;
  return { busy, result, exportAs };
}
