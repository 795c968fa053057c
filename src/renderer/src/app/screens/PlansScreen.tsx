import { useTranslation } from '../../i18n/translation';
import { ScreenHeader } from '../ScreenHeader';
import { useFocusRegistry } from '../use-focus-registry';
import { BuiltinTemplates } from './plans/BuiltinTemplates';
import { LoadState } from './plans/LoadState';
import { NewPlanForm } from './plans/NewPlanForm';
import { PlanFiles } from './plans/PlanFiles';
import { PlanSection } from './plans/PlanSection';
import { usePlanListActions } from './plans/use-plan-list-actions';
import { usePlans } from './plans/use-plans';
import '../../styles/plans.css';

/** Plans and templates: create, open, copy, share, delete. */
export function PlansScreen() {
  const { t } = useTranslation();
  const { state, retry, refresh } = usePlans();
  const focus = useFocusRegistry();
  const actions = usePlanListActions(refresh, focus);

  return (
    <div className="screen">
      <ScreenHeader title={t('prep.plans.title')} intro={t('prep.plans.intro')} />
      <LoadState
        state={state}
        loadingText={t('prep.plans.loading')}
        failedText={t('prep.plans.loadFailed')}
        onRetry={retry}
      />
      {state.status === 'ready' ? (
        <>
          <NewPlanForm
            builtins={state.value.builtins}
            templates={state.value.templates}
            busy={actions.busy}
            nameRef={focus.register('create:name')}
            onCreate={actions.create}
          />
          <PlanSection
            title={t('prep.plans.plansTitle')}
            emptyTitle={t('prep.plans.plansEmptyTitle')}
            emptyBody={t('prep.plans.plansEmptyBody')}
            plans={state.value.plans}
            actions={actions}
            focusRef={focus.register}
          />
          <PlanSection
            title={t('prep.plans.templatesTitle')}
            emptyTitle={t('prep.plans.templatesEmptyTitle')}
            emptyBody={t('prep.plans.templatesEmptyBody')}
            plans={state.value.templates}
            actions={actions}
            focusRef={focus.register}
          />
          <BuiltinTemplates
            templates={state.value.builtins}
            busy={actions.busy}
            onUse={(template) => void actions.fromBuiltin(template)}
          />
          <PlanFiles
            busy={actions.busy}
            canExportAll={state.value.plans.length + state.value.templates.length > 0}
            result={actions.file}
            onImport={(file) => void actions.importFile(file)}
            onExportAll={() =>
              void actions.exportPlans([
                ...state.value.plans.map((p) => p.id),
                ...state.value.templates.map((p) => p.id),
              ])
            }
          />
        </>
      ) : null}
    </div>
  );
}
