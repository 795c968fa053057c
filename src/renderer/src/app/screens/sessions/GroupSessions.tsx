import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';
import { useFocusRegistry } from '../../use-focus-registry';
import { LoadState } from '../plans/LoadState';
import { ScheduleForm } from './ScheduleForm';
import { SessionList } from './SessionLists';
import type { SessionsBase } from './use-sessions-data';
import { useGroupSessions } from './use-sessions-data';
import { useSessionActions } from './use-session-actions';

/** One group's sessions: schedule a new one, see those ahead and those gone by. */
export function GroupSessions({ group, base }: { group: Group; base: SessionsBase }) {
  const { t } = useTranslation();
  const { state, retry, refresh } = useGroupSessions(group.id);
  const focus = useFocusRegistry();
  const actions = useSessionActions(group.id, refresh, focus);
  return (
    <>
      {group.archivedAt === null ? (
        <ScheduleForm
          groupName={group.name}
          plans={base.plans}
          templates={base.templates}
          busy={actions.busy}
          focusRef={focus.register}
          onSchedule={actions.schedule}
        />
      ) : (
        <p className="info-note">{t('prep.sessions.archivedGroup')}</p>
      )}
      <LoadState
        state={state}
        loadingText={t('prep.sessions.loadingList')}
        failedText={t('prep.sessions.loadFailed')}
        onRetry={retry}
      />
      {state.status === 'ready' ? (
        <>
          <SessionList
            title={t('prep.sessions.upcomingTitle')}
            empty={t('prep.sessions.upcomingEmpty')}
            sessions={state.value.upcoming}
            upcoming
            actions={actions}
            focusRef={focus.register}
          />
          <SessionList
            title={t('prep.sessions.pastTitle')}
            empty={t('prep.sessions.pastEmpty')}
            sessions={state.value.past}
            upcoming={false}
            actions={actions}
            focusRef={focus.register}
          />
        </>
      ) : null}
    </>
  );
}
