import { useTranslation } from '../../i18n/translation';
import { routeHash } from '../router';
import { ScreenHeader } from '../ScreenHeader';
import { LoadState } from './plans/LoadState';
import { ReportBuilder } from './reports/ReportBuilder';
import { useReportSetup } from './reports/use-report-setup';
import '../../styles/reports.css';

/** Anonymised attendance figures for groups over whole months, with CSV, JSON and PDF exports. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const { state, retry } = useReportSetup();
  return (
    <div className="screen reports-screen">
      <ScreenHeader title={t('reports.title')} intro={t('reports.intro')} />
      <LoadState
        state={state}
        loadingText={t('reports.loadingGroups')}
        failedText={t('reports.groupsFailed')}
        onRetry={retry}
      />
      {state.status === 'ready' && state.value.groups.length === 0 ? (
        <div className="empty-state">
          <span className="empty-mark" aria-hidden="true" />
          <div className="report-no-groups">
            <h2 className="empty-title">{t('reports.noGroupsTitle')}</h2>
            <p className="muted">{t('reports.noGroupsBody')}</p>
            <a className="button" href={routeHash({ screen: 'groups' })}>
              {t('reports.goToGroups')}
            </a>
          </div>
        </div>
      ) : null}
      {state.status === 'ready' && state.value.groups.length > 0 ? (
        <ReportBuilder setup={state.value} />
      ) : null}
    </div>
  );
}
