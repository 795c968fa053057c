import { useState } from 'react';
import { useTranslation } from '../../../../i18n/translation';
import type { Plan } from '../../../../../../shared/plans/plan';
import type { ApiError } from '../../../api';
import { useApi } from '../../../api-context';
import { useAnnounce, useClearAnnouncement } from '../../../announcer';
import { useBusy } from '../../../use-busy';
import type { FocusRegistry } from '../../../use-focus-registry';
import { draftFromPlan, validateDraft, type FieldKey, type Problem } from './plan-draft';
import type { PlanEditorModel } from './use-plan-editor';

export type PrintState =
  | { kind: 'none' }
  | { kind: 'saveFirst' }
  | { kind: 'saved'; path: string }
  | { kind: 'unsupported' }
  | { kind: 'failed'; error: ApiError };

/** Where focus goes for a field's problem (a round's time: its minutes input). */
const focusKeyOf = (key: FieldKey): string => (key === 'blocks' ? 'add:kind' : key);

/**
 * What the plan editor does beyond typing: move and delete blocks (with focus
 * following and a spoken result), save, and print. `plan` is the stored plan.
 */
export function usePlanActions(
  plan: Plan,
  onSaved: (plan: Plan) => void,
  editor: PlanEditorModel,
  focus: FocusRegistry,
) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const clearAnnouncement = useClearAnnouncement();
  const { busy, perform } = useBusy();
  const [attempted, setAttempted] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [print, setPrint] = useState<PrintState>({ kind: 'none' });
  const { draft, deleted } = editor.state;
  const blocks = draft.blocks;

  const validation = validateDraft(draft);
  const problems: ReadonlyMap<FieldKey, Problem> =
    attempted && !validation.ok ? validation.problems : new Map();

  const titleOf = (id: string) => {
    const block = blocks.find((b) => b.id === id);
    return block?.title.trim() || t('prep.editor.untitled');
  };

  const move = (id: string, to: number, via: 'up' | 'down' | 'drag') => {
    if (to < 0 || to >= blocks.length) return;
    editor.move(id, to);
    // The same button, now on the moved block, keeps focus: pressing again moves it further.
    if (via !== 'drag') focus.focusAfterRender(`move:${id}:${via}`);
    announce(t('prep.editor.announce.moved', { position: to + 1, count: blocks.length }));
  };

  const remove = (id: string) => {
    const title = titleOf(id);
    editor.remove(id);
    focus.focusAfterRender('undo');
    announce(t('prep.editor.announce.deleted', { title }));
  };

  const undo = () => {
    if (!deleted) return;
    editor.undo();
    focus.focusAfterRender(`block:${deleted.block.id}:title`);
    announce(
      t('prep.editor.announce.restored', {
        title: deleted.block.title.trim() || t('prep.editor.untitled'),
        position: Math.min(deleted.index, blocks.length) + 1,
      }),
    );
  };

  const add = (kind: Parameters<PlanEditorModel['addBlock']>[0]) => {
    const block = editor.addBlock(kind, t(`prep.kinds.${kind}`));
    focus.focusAfterRender(`block:${block.id}:title`);
    announce(t('prep.editor.announce.added', { position: blocks.length + 1 }));
  };

  const save = async () => {
    clearAnnouncement();
    setSaveError(null);
    setAttempted(true);
    if (!validation.ok) {
      const first = [...validation.problems.keys()][0];
      if (first) focus.focusAfterRender(focusKeyOf(first));
      announce(t('prep.editor.announce.invalid', { count: validation.problems.size }));
      return;
    }
    const outcome = await perform(() =>
      api.plans.save({ id: plan.id, content: validation.content }),
    );
    if (!outcome) return;
    if (!outcome.ok) {
      setSaveError(outcome.error);
      return;
    }
    onSaved(outcome.value);
    editor.markSaved(draftFromPlan(outcome.value));
    setAttempted(false);
    if (print.kind === 'saveFirst') setPrint({ kind: 'none' });
    announce(t('prep.editor.announce.saved', { name: outcome.value.name }));
  };

  const printPdf = async () => {
    clearAnnouncement();
    if (editor.dirty) {
      setPrint({ kind: 'saveFirst' });
      return;
    }
    const outcome = await perform(() => api.plans.printPdf({ id: plan.id }));
    if (!outcome) return;
    if (outcome.ok) {
      if (outcome.value.saved) {
        setPrint({ kind: 'saved', path: outcome.value.path });
        announce(t('prep.print.announceSaved'));
      } else {
        setPrint({ kind: 'none' });
        announce(t('prep.print.announceCancelled'));
      }
      return;
    }
    setPrint(
      outcome.error.code === 'UNSUPPORTED'
        ? { kind: 'unsupported' }
        : { kind: 'failed', error: outcome.error },
    );
  };

  /** Back to what was last saved; the last deleted block can still be brought back. */
  const discard = () => {
    clearAnnouncement();
    editor.markSaved(editor.state.saved);
    setAttempted(false);
    setSaveError(null);
    announce(t('prep.editor.announce.discarded'));
  };

  return { busy, problems, saveError, print, move, remove, undo, add, save, printPdf, discard };
}
