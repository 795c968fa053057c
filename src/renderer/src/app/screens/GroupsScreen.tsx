import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { ScreenHeader } from '../ScreenHeader';
import { Button } from '../ui/Button';
import { useFocusRegistry } from '../use-focus-registry';
import { ActiveGroups } from './groups/ActiveGroups';
import { ArchivedGroups } from './groups/ArchivedGroups';
import { CreateGroupForm } from './groups/CreateGroupForm';
import { createInputKey } from './groups/focus-keys';
import { useGroupOrder } from './groups/group-format';
import { useGroupActions } from './groups/use-group-actions';
import { useGroups } from './groups/use-groups';

export function GroupsScreen() {
  const { t } = useTranslation();
  const { state, retry, upsert } = useGroups();
  const order = useGroupOrder();
  const { register, focusAfterRender } = useFocusRegistry();
  const [archivedOpen, setArchivedOpen] = useState(false);

  const { active, archived } = useMemo(() => {
    const groups = state.status === 'ready' ? state.groups : [];
    return {
      active: order(groups.filter((group) => group.archivedAt === null)),
      archived: order(groups.filter((group) => group.archivedAt !== null)),
    };
  }, [state, order]);

  const actions = useGroupActions({ active, archived, upsert, focusAfterRender });

  return (
    <div className="screen">
      <ScreenHeader title={t('groups.title')} intro={t('groups.intro')} />
      <CreateGroupForm
        busy={actions.busy}
        onCreate={actions.create}
        inputRef={register(createInputKey)}
      />
      {state.status === 'loading' ? <p className="card muted">{t('groups.loading')}</p> : null}
      {state.status === 'failed' ? (
        <div className="alert" role="alert">
          <p>
            {t('groups.loadFailed')} {t(`errors.${state.error.code}`)}
          </p>
          <Button onClick={retry}>{t('common.retry')}</Button>
        </div>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <ActiveGroups
            groups={active}
            hasArchived={archived.length > 0}
            busy={actions.busy}
            editingId={actions.editingId}
            rowError={actions.rowError}
            focusRef={register}
            onStartRename={actions.startRename}
            onRename={actions.rename}
            onCancelRename={actions.cancelRename}
            onArchive={(group) => void actions.archive(group)}
          />
          <ArchivedGroups
            groups={archived}
            open={archivedOpen}
            busy={actions.busy}
            rowError={actions.rowError}
            focusRef={register}
            onToggle={() => setArchivedOpen((open) => !open)}
            onRestore={(group) => void actions.restore(group)}
          />
        </>
      ) : null}
    </div>
  );
}
