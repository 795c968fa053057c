import { useState } from 'react';
import { useTranslation } from '../../../../i18n/translation';
import type { Plan } from '../../../../../../shared/plans/plan';
import { computeSchedule } from '../../../../../../shared/plans/schedule';
import { ScreenHeader } from '../../../ScreenHeader';
import { Button } from '../../../ui/Button';
import { useFocusRegistry } from '../../../use-focus-registry';
import { BackLink } from '../../BackLink';
import { keptDraft, useKeepDraft } from '../drafts';
import { BlockList } from './BlockList';
import {
  draftFromPlan,
  previewBlocks,
  previewGroupSize,
  previewStartTime,
  type FieldKey,
  type PlanDraft,
} from './plan-draft';
import { PlanFields } from './PlanFields';
import { PrintControls } from './PrintControls';
import { useProblemText } from './problem-text';
import { usePlanActions } from './use-plan-actions';
import { usePlanEditor } from './use-plan-editor';
import '../../../../styles/plan-editor.css';

const draftKey = (id: string) => `plan:${id}`;

/** The plan editor: fields, live timetable, blocks, and an explicit Save. */
export function PlanEditor({ plan: loaded }: { plan: Plan }) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState(loaded);
  const [restored] = useState(
    () => keptDraft<PlanDraft>(draftKey(loaded.id), String(loaded.updatedAt)) !== undefined,
  );
  const editor = usePlanEditor(() => {
    const saved = draftFromPlan(loaded);
    const kept = keptDraft<PlanDraft>(draftKey(loaded.id), String(loaded.updatedAt));
    return { saved, draft: kept ?? saved, deleted: null };
  });
  const { draft, deleted } = editor.state;
  useKeepDraft(draftKey(plan.id), String(plan.updatedAt), draft, editor.dirty);

  const focus = useFocusRegistry();
  const actions = usePlanActions(plan, setPlan, editor, focus);
  const problemText = useProblemText();
  const problem = (key: FieldKey) => {
    const found = actions.problems.get(key);
    return found ? problemText(key, found) : null;
  };

  const groupSize = previewGroupSize(draft);
  const startTime = previewStartTime(draft);
  const timesKnown = startTime !== null;
  const schedule = computeSchedule(previewBlocks(draft), startTime ?? '00:00', groupSize);

  return (
    <div className="screen plan-editor">
      <BackLink to={{ screen: 'plans' }}>{t('prep.editor.back')}</BackLink>
      <ScreenHeader
        title={t(plan.isTemplate ? 'prep.editor.templateTitle' : 'prep.editor.title', {
          name: plan.name,
        })}
        intro={t(plan.isTemplate ? 'prep.editor.templateIntro' : 'prep.editor.intro')}
      />
      {restored && editor.dirty ? <p className="info-note">{t('prep.editor.restored')}</p> : null}
      <PrintControls
        planId={plan.id}
        busy={actions.busy}
        state={actions.print}
        onPrint={() => void actions.printPdf()}
      />
      <PlanFields
        draft={draft}
        schedule={schedule}
        timesKnown={timesKnown}
        groupSize={groupSize}
        problem={problem}
        focusRef={focus.register}
        onChange={editor.setField}
      />
      <BlockList
        blocks={draft.blocks}
        schedule={schedule}
        timesKnown={timesKnown}
        groupSize={groupSize}
        busy={actions.busy}
        deleted={deleted?.block ?? null}
        problem={problem}
        focusRef={focus.register}
        onChange={editor.setBlock}
        onKind={editor.setKind}
        onMove={actions.move}
        onDelete={actions.remove}
        onUndo={actions.undo}
        onAdd={actions.add}
      />
      <div className="editor-bar" role="region" aria-label={t('prep.editor.barLabel')}>
        <p className={editor.dirty ? 'save-state is-dirty' : 'save-state'}>
          {editor.dirty ? t('prep.editor.unsaved') : t('prep.editor.allSaved')}
        </p>
        {actions.saveError ? (
          <p className="field-error" role="alert">
            {t('prep.editor.saveFailed')} {t(`errors.${actions.saveError.code}`)}
          </p>
        ) : null}
        {editor.dirty ? (
          <Button variant="quiet" busy={actions.busy} onClick={actions.discard}>
            {t('prep.editor.discard')}
          </Button>
        ) : null}
        <Button variant="primary" busy={actions.busy} onClick={() => void actions.save()}>
          {t('prep.editor.save')}
        </Button>
      </div>
    </div>
  );
}
