import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { FieldProblem } from '../../../../../shared/errors';
import { PLAN_FILE_MAX_BYTES } from '../../../../../shared/plans/file-format';
import type { BuiltinTemplate, PlanSummary } from '../../../../../shared/plans/plan';
import type { ApiError } from '../../api';
import { useApi } from '../../api-context';
import { useAnnounce, useClearAnnouncement } from '../../announcer';
import { navigate } from '../../router';
import { useBusy } from '../../use-busy';
import type { FocusRegistry } from '../../use-focus-registry';
import { describeImportProblem } from './import-problems';
import { fitName } from './plan-format';

export type PlanSource = { builtin: string } | { planId: string } | { empty: true };

export type FileResult =
  | { kind: 'exported'; path: string }
  | { kind: 'imported'; names: string[] }
  | { kind: 'refused'; fileName: string; problems: string[] }
  | { kind: 'failed'; error: ApiError };

export type RowError = { id: string; text: string };

/**
 * What the Plans screen does. Creating opens the new plan in the editor; the
 * other actions stay on the list, say their result and keep focus in place.
 */
export function usePlanListActions(refresh: () => Promise<void>, focus: FocusRegistry) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const clearAnnouncement = useClearAnnouncement();
  const { busy, perform } = useBusy();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [rowError, setRowError] = useState<RowError | null>(null);
  const [file, setFile] = useState<FileResult | null>(null);

  const start = () => {
    clearAnnouncement();
    setRowError(null);
  };

  /** Returns the problem to show beside the create form, or null when the plan opened. */
  const create = async (name: string, source: PlanSource): Promise<ApiError | null> => {
    start();
    const outcome = await perform(() => api.plans.create({ name, source }));
    if (!outcome) return null;
    if (!outcome.ok) return outcome.error;
    navigate(
      { screen: 'plan', planId: outcome.value.id },
      { announce: t('prep.plans.announce.created', { name: outcome.value.name }) },
    );
    return null;
  };

  const fromBuiltin = (template: BuiltinTemplate) =>
    create(template.content.name, { builtin: template.key });

  const fromTemplate = (template: PlanSummary) => create(template.name, { planId: template.id });

  const copy = async (summary: PlanSummary, asTemplate: boolean) => {
    start();
    const name = asTemplate
      ? summary.name
      : fitName(t('prep.plans.copyName', { name: summary.name }));
    const outcome = await perform(() => api.plans.duplicate({ id: summary.id, name, asTemplate }));
    if (!outcome) return;
    if (!outcome.ok) {
      setRowError({ id: summary.id, text: t(`errors.${outcome.error.code}`) });
      return;
    }
    await refresh();
    focus.focusAfterRender(`plan:${outcome.value.id}:open`, `plan:${summary.id}:open`);
    announce(
      t(asTemplate ? 'prep.plans.announce.templateSaved' : 'prep.plans.announce.duplicated', {
        name: outcome.value.name,
      }),
    );
  };

  const askDelete = (summary: PlanSummary) => {
    start();
    setConfirming(summary.id);
    focus.focusAfterRender(`plan:${summary.id}:confirm`);
  };

  const cancelDelete = (summary: PlanSummary) => {
    setConfirming(null);
    focus.focusAfterRender(`plan:${summary.id}:delete`);
  };

  const remove = async (summary: PlanSummary, neighbours: string[]) => {
    start();
    const outcome = await perform(() => api.plans.delete({ id: summary.id }));
    if (!outcome) return;
    setConfirming(null);
    if (!outcome.ok) {
      setRowError({ id: summary.id, text: t(`errors.${outcome.error.code}`) });
      return;
    }
    await refresh();
    focus.focusAfterRender(...neighbours.map((id) => `plan:${id}:delete`), 'create:name');
    announce(
      t(
        summary.isTemplate ? 'prep.plans.announce.templateDeleted' : 'prep.plans.announce.deleted',
        {
          name: summary.name,
        },
      ),
    );
  };

  const exportPlans = async (ids: string[]) => {
    start();
    if (ids.length === 0) return;
    const outcome = await perform(() => api.plans.export({ ids }));
    if (!outcome) return;
    if (!outcome.ok) {
      setFile({ kind: 'failed', error: outcome.error });
      return;
    }
    if (!outcome.value.saved) {
      announce(t('prep.plans.announce.exportCancelled'));
      return;
    }
    setFile({ kind: 'exported', path: outcome.value.path });
    announce(t('prep.plans.announce.exported', { count: ids.length }));
  };

  const importFile = async (chosen: File) => {
    start();
    const refuse = (problems: FieldProblem[]) =>
      setFile({
        kind: 'refused',
        fileName: chosen.name,
        problems: problems.map((p) => describeImportProblem(t, p)),
      });
    if (chosen.size > PLAN_FILE_MAX_BYTES) {
      refuse([{ path: '', message: 'too_large' }]);
      announce(t('prep.plans.announce.importRefused'));
      return;
    }
    const outcome = await perform(async () => api.plans.import({ content: await chosen.text() }));
    if (!outcome) return;
    if (!outcome.ok) {
      if (outcome.error.code === 'IMPORT_INVALID') {
        refuse(
          outcome.error.fields.length > 0
            ? [...outcome.error.fields]
            : [{ path: '', message: 'invalid' }],
        );
        announce(t('prep.plans.announce.importRefused'));
      } else {
        setFile({ kind: 'failed', error: outcome.error });
      }
      return;
    }
    await refresh();
    const names = outcome.value.map((p) => p.name);
    setFile({ kind: 'imported', names });
    announce(t('prep.plans.announce.imported', { count: names.length }));
  };

  return {
    busy,
    confirming,
    rowError,
    file,
    create,
    fromBuiltin,
    fromTemplate,
    copy,
    askDelete,
    cancelDelete,
    remove,
    exportPlans,
    importFile,
  };
}

export type PlanListActions = ReturnType<typeof usePlanListActions>;
