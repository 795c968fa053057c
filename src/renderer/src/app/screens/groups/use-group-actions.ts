import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';
import type { ApiError } from '../../api';
import { useApi } from '../../api-context';
import { useAnnounce, useClearAnnouncement } from '../../announcer';
import { useBusy } from '../../use-busy';
import type { FocusRegistry } from '../../use-focus-registry';
import { activeFocusKey, archivedFocusKey, archivedToggleKey, createInputKey } from './focus-keys';
import { nameIssueFromError, type NameSubmit } from './name-issue';

type Lists = { active: readonly Group[]; archived: readonly Group[] };

type Options = Lists & {
  upsert(group: Group): void;
  focusAfterRender: FocusRegistry['focusAfterRender'];
};

/** Ids of the rows after and before `id`: where focus goes when that row leaves the list. */
function neighbours(list: readonly Group[], id: string): string[] {
  const index = list.findIndex((group) => group.id === id);
  return [list[index + 1]?.id, list[index - 1]?.id].filter((x): x is string => x !== undefined);
}

/**
 * What the Groups screen can do. Each action says its result in the live
 * region and puts keyboard focus somewhere sensible afterwards.
 */
export function useGroupActions({ active, archived, upsert, focusAfterRender }: Options) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const clearAnnouncement = useClearAnnouncement();
  const { busy, perform } = useBusy();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ id: string; text: string } | null>(null);

  const showRowError = (group: Group, error: ApiError, takenKey?: 'groups.restoreTaken') => {
    const text =
      takenKey && error.code === 'NAME_TAKEN'
        ? t(takenKey, { name: group.name })
        : t(`errors.${error.code}`);
    setRowError({ id: group.id, text });
  };

  const create = async (name: string, typed: string): Promise<NameSubmit> => {
    setRowError(null);
    const outcome = await perform(() => api.groups.create({ name }));
    if (!outcome) return 'ignored';
    if (!outcome.ok) return nameIssueFromError(outcome.error, typed);
    upsert(outcome.value);
    announce(t('groups.announce.created', { name: outcome.value.name }));
    return 'done';
  };

  const startRename = (group: Group) => {
    setRowError(null);
    clearAnnouncement();
    setEditingId(group.id);
  };

  const cancelRename = (group: Group) => {
    setEditingId(null);
    focusAfterRender(activeFocusKey(group.id, 'rename'));
  };

  const rename = async (group: Group, name: string, typed: string): Promise<NameSubmit> => {
    const outcome = await perform(() => api.groups.rename({ id: group.id, name }));
    if (!outcome) return 'ignored';
    if (!outcome.ok) return nameIssueFromError(outcome.error, typed);
    upsert(outcome.value);
    setEditingId(null);
    focusAfterRender(activeFocusKey(group.id, 'rename'));
    announce(t('groups.announce.renamed', { from: group.name, name: outcome.value.name }));
    return 'done';
  };

  const archive = async (group: Group) => {
    setRowError(null);
    clearAnnouncement();
    const next = neighbours(active, group.id);
    const outcome = await perform(() => api.groups.archive({ id: group.id }));
    if (!outcome) return;
    if (!outcome.ok) {
      showRowError(group, outcome.error);
      return;
    }
    upsert(outcome.value);
    focusAfterRender(...next.map((id) => activeFocusKey(id, 'archive')), createInputKey);
    announce(t('groups.announce.archived', { name: outcome.value.name }));
  };

  const restore = async (group: Group) => {
    setRowError(null);
    clearAnnouncement();
    const next = neighbours(archived, group.id);
    const outcome = await perform(() => api.groups.restore({ id: group.id }));
    if (!outcome) return;
    if (!outcome.ok) {
      showRowError(group, outcome.error, 'groups.restoreTaken');
      return;
    }
    upsert(outcome.value);
    focusAfterRender(...next.map(archivedFocusKey), archivedToggleKey);
    announce(t('groups.announce.restored', { name: outcome.value.name }));
  };

  return { busy, editingId, rowError, create, startRename, cancelRename, rename, archive, restore };
}
