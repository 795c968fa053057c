import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import {
  AGREEMENTS_MAX,
  defaultAgreements,
  type AgreementSet,
} from '../../../../../shared/agreements';
import type { Language } from '../../../../../shared/settings';
import type { ApiError } from '../../api';
import { useApi } from '../../api-context';
import { useAnnounce, useClearAnnouncement } from '../../announcer';
import { useBusy } from '../../use-busy';
import type { FocusRegistry } from '../../use-focus-registry';
import { keptDraft, useKeepDraft } from '../plans/drafts';
import { moveItem } from '../plans/editor/plan-draft';
import {
  sameItems,
  toDraft,
  toItems,
  validateAgreements,
  type AgreementProblemKey,
  type DraftAgreement,
} from './agreement-draft';
import type { AgreementsData } from './use-agreements';

const draftKey = (groupId: string) => `agreements:${groupId}`;

/**
 * The agreements editor: edits start from one version (`base`); Save makes the
 * next one. If someone saved meanwhile (CONFLICT) the edits stay on screen and
 * the person chooses: save them on top of the newer version, or take it instead.
 */
export function useAgreementsEditor(
  data: AgreementsData,
  reload: () => Promise<AgreementsData>,
  focus: FocusRegistry,
) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const clearAnnouncement = useClearAnnouncement();
  const { busy, perform } = useBusy();
  const groupId = data.group.id;
  const [base, setBase] = useState<AgreementSet>(data.current);
  const [items, setItems] = useState<DraftAgreement[]>(
    () =>
      keptDraft<DraftAgreement[]>(draftKey(groupId), String(data.current.version)) ??
      toDraft(data.current.items),
  );
  const [restored] = useState(
    () => keptDraft(draftKey(groupId), String(data.current.version)) !== undefined,
  );
  const [conflict, setConflict] = useState<AgreementSet | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);

  const dirty = !sameItems(toItems(items), base.items);
  useKeepDraft(draftKey(groupId), String(base.version), items, dirty);

  const validation = validateAgreements(items);
  const problems: ReadonlyMap<AgreementProblemKey, string> =
    attempted && !validation.ok ? validation.problems : new Map();
  const nameOf = (item: DraftAgreement) => item.title.trim() || t('prep.agreements.untitled');

  const change = (key: string, patch: Partial<Pick<DraftAgreement, 'title' | 'text'>>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const move = (key: string, delta: -1 | 1) => {
    const from = items.findIndex((item) => item.key === key);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= items.length) return;
    setItems(moveItem(items, from, to));
    focus.focusAfterRender(`item:${key}:${delta < 0 ? 'up' : 'down'}`);
    announce(t('prep.agreements.announce.moved', { position: to + 1, count: items.length }));
  };

  const remove = (key: string) => {
    const index = items.findIndex((item) => item.key === key);
    const item = items[index];
    if (!item) return;
    const next = items.filter((other) => other.key !== key);
    setItems(next);
    const neighbour = next[index] ?? next[index - 1];
    focus.focusAfterRender(...(neighbour ? [`item:${neighbour.key}:title`] : []), 'add');
    announce(t('prep.agreements.announce.removed', { title: nameOf(item) }));
  };

  const add = () => {
    if (items.length >= AGREEMENTS_MAX) return;
    const [item] = toDraft([{ title: '', text: '' }]);
    if (!item) return;
    setItems([...items, item]);
    focus.focusAfterRender(`item:${item.key}:title`);
    announce(t('prep.agreements.announce.added', { position: items.length + 1 }));
  };

  const fillDefaults = () => {
    clearAnnouncement();
    setItems(toDraft(defaultAgreements(i18n.language as Language)));
    setAttempted(false);
    announce(t('prep.agreements.announce.defaults'));
  };

  const discard = () => {
    setItems(toDraft(base.items));
    setAttempted(false);
    setSaveError(null);
    announce(t('prep.agreements.announce.discarded', { version: base.version }));
  };

  const save = async (baseVersion: number = base.version) => {
    clearAnnouncement();
    setSaveError(null);
    setAttempted(true);
    if (!validation.ok) {
      const first = [...validation.problems.keys()][0];
      focus.focusAfterRender(first && first !== 'list' ? first : 'add');
      announce(t('prep.agreements.announce.invalid', { count: validation.problems.size }));
      return;
    }
    const outcome = await perform(() =>
      api.agreements.save({ groupId, items: validation.items, baseVersion }),
    );
    if (!outcome) return;
    if (!outcome.ok) {
      if (outcome.error.code === 'CONFLICT') {
        const fresh = await reload().catch(() => null);
        setConflict(fresh ? fresh.current : null);
        if (!fresh) setSaveError(outcome.error);
        focus.focusAfterRender('conflict');
        announce(t('prep.agreements.announce.conflict'));
      } else {
        setSaveError(outcome.error);
      }
      return;
    }
    const saved = outcome.value;
    const unchanged = saved.version === baseVersion;
    setBase(saved);
    setItems((list) => list.map((item, i) => ({ ...item, ...saved.items[i] })));
    setConflict(null);
    setAttempted(false);
    await reload().catch(() => null);
    announce(
      unchanged
        ? t('prep.agreements.announce.unchanged', { version: saved.version })
        : t('prep.agreements.announce.saved', { version: saved.version }),
    );
  };

  /** Keep my edits and save them as the version after the newer one. */
  const saveOverConflict = () => {
    if (!conflict) return;
    setBase(conflict);
    void save(conflict.version);
  };

  /** Drop my edits and take the newer version. */
  const takeConflict = () => {
    if (!conflict) return;
    setBase(conflict);
    setItems(toDraft(conflict.items));
    setConflict(null);
    setAttempted(false);
    focus.focusAfterRender('save');
    announce(t('prep.agreements.announce.tookLatest', { version: conflict.version }));
  };

  return {
    base,
    items,
    dirty,
    restored,
    busy,
    conflict,
    problems,
    saveError,
    change,
    move,
    remove,
    add,
    fillDefaults,
    discard,
    save,
    saveOverConflict,
    takeConflict,
  };
}
