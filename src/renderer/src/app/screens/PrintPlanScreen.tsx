import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useApi } from '../api-context';
import { routeHash } from '../router';
import { Button } from '../ui/Button';
import { LoadState } from './plans/LoadState';
import { PlanTimetable } from './plans/PlanTimetable';
import { useTimeFormat } from './plans/time-format';
import { useLoad } from './plans/use-load';
import { computeSchedule } from '../../../../shared/plans/schedule';
import '../../styles/print.css';

type PrintPlanScreenProps = {
  planId: string;
  /** Opened as the fallback of "Imprimer / PDF": the system print dialog opens by itself. */
  autoPrint: boolean;
};

/**
 * A plan on paper: no navigation, just the plan. Electron's printToPDF loads
 * this route on its own; `data-print-ready` tells it the plan is on the page.
 */
export function PrintPlanScreen({ planId, autoPrint }: PrintPlanScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const time = useTimeFormat();
  const load = useCallback(() => api.plans.get({ id: planId }), [api, planId]);
  const { state, retry } = useLoad(load);
  const printed = useRef(false);
  const plan = state.status === 'ready' ? state.value : null;

  useEffect(() => {
    if (!plan) return;
    const previous = document.title;
    document.title = `${plan.name} — ${t('common.appName')}`;
    return () => {
      document.title = previous;
    };
  }, [plan, t]);

  useEffect(() => {
    if (!plan || !autoPrint || printed.current) return;
    printed.current = true;
    // Printing once is what was asked; a reload of this page must not print again.
    window.history.replaceState(
      null,
      '',
      routeHash({ screen: 'printPlan', planId, autoPrint: false }),
    );
    window.print();
  }, [plan, autoPrint, planId]);

  const schedule = plan
    ? computeSchedule(plan.blocks, plan.startTime, plan.expectedGroupSize)
    : null;

  return (
    <div className="print-page">
      <div className="print-toolbar">
        <a className="back-link" href={routeHash({ screen: 'plan', planId })}>
          <span aria-hidden="true">← </span>
          {t('prep.print.back')}
        </a>
        <div className="print-toolbar-actions">
          <p className="field-hint">{t('prep.print.hint')}</p>
          <Button variant="primary" onClick={() => window.print()}>
            {t('prep.print.print')}
          </Button>
        </div>
      </div>
      <main className="print-sheet" data-print-ready={plan ? 'true' : undefined}>
        {plan && schedule ? (
          <>
            <header className="print-header">
              <p className="print-kicker">
                <span className="brand-mark" aria-hidden="true" />
                {t(plan.isTemplate ? 'prep.print.kickerTemplate' : 'prep.print.kicker')}
              </p>
              <h1>{plan.name}</h1>
              <dl className="print-meta">
                <div>
                  <dt>{t('prep.print.groupSize')}</dt>
                  <dd>{t('prep.print.people', { count: plan.expectedGroupSize })}</dd>
                </div>
                <div>
                  <dt>{t('prep.editor.summaryStart')}</dt>
                  <dd>{time.clock(schedule.startMin)}</dd>
                </div>
                <div>
                  <dt>{t('prep.editor.summaryEnd')}</dt>
                  <dd>{time.clock(schedule.endMin)}</dd>
                </div>
                <div>
                  <dt>{t('prep.editor.summaryTotal')}</dt>
                  <dd>{time.duration(schedule.totalMin)}</dd>
                </div>
              </dl>
            </header>
            <PlanTimetable plan={plan} caption={t('prep.print.caption', { name: plan.name })} />
            <p className="print-footer">{t('prep.print.footer')}</p>
          </>
        ) : (
          <LoadState
            state={state}
            loadingText={t('prep.editor.loading')}
            failedText={t('prep.editor.loadFailed')}
            onRetry={retry}
          />
        )}
      </main>
    </div>
  );
}
