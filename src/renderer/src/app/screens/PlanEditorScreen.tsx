import { useCallback } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useApi } from '../api-context';
import { ScreenHeader } from '../ScreenHeader';
import { BackLink } from './BackLink';
import { PlanEditor } from './plans/editor/PlanEditor';
import { LoadState } from './plans/LoadState';
import { useLoad } from './plans/use-load';

/** One plan or template, opened for editing. */
export function PlanEditorScreen({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const load = useCallback(() => api.plans.get({ id: planId }), [api, planId]);
  const { state, retry } = useLoad(load);

  if (state.status === 'ready') return <PlanEditor key={state.value.id} plan={state.value} />;
  return (
    <div className="screen">
      <BackLink to={{ screen: 'plans' }}>{t('prep.editor.back')}</BackLink>
      <ScreenHeader title={t('prep.editor.loadingTitle')} />
      <LoadState
        state={state}
        loadingText={t('prep.editor.loading')}
        failedText={t('prep.editor.loadFailed')}
        onRetry={retry}
      />
    </div>
  );
}
