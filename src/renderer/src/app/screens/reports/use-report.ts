import { useCallback, useEffect, useState } from 'react';
import type { AnonymisedReport, ReportRequest } from '../../../../../shared/reports';
import { toApiError, type ApiError } from '../../api';
import { useApi } from '../../api-context';

export type ShownReport = { request: ReportRequest; report: AnonymisedReport };

export type ReportState =
  /** Nothing to ask for: no group ticked, or the period fields describe none. */
  | { status: 'idle' }
  /** `previous` stays on the page (marked busy) so the figures do not flash away. */
  | { status: 'loading'; previous: ShownReport | null }
  | ({ status: 'ready' } & ShownReport)
  | { status: 'failed'; error: ApiError };

type Answer = {
  key: string;
  attempt: number;
  outcome: { ok: true; shown: ShownReport } | { ok: false; error: ApiError };
};

/**
 * The anonymised report for a request, worked out again whenever the request
 * changes. An answer to an older request never replaces a newer one.
 */
export function useReport(request: ReportRequest | null) {
  const api = useApi();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [lastShown, setLastShown] = useState<ShownReport | null>(null);
  const [attempt, setAttempt] = useState(0);
  // One string stands for the request, so a new but equal object asks nothing.
  const key = request ? JSON.stringify(request) : null;

  useEffect(() => {
    if (key === null) return;
    const asked = JSON.parse(key) as ReportRequest;
    let current = true;
    api.reports.compute(asked).then(
      (report) => {
        if (!current) return;
        const shown = { request: asked, report };
        setAnswer({ key, attempt, outcome: { ok: true, shown } });
        setLastShown(shown);
      },
      (error: unknown) => {
        if (current) setAnswer({ key, attempt, outcome: { ok: false, error: toApiError(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [api, key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  let state: ReportState;
  if (key === null) state = { status: 'idle' };
  else if (answer === null || answer.key !== key || answer.attempt !== attempt) {
    state = { status: 'loading', previous: lastShown };
  } else if (answer.outcome.ok) state = { status: 'ready', ...answer.outcome.shown };
  else state = { status: 'failed', error: answer.outcome.error };
  return { state, retry };
}
