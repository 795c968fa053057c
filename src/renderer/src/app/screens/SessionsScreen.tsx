import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { routeHash } from '../router';
import { ScreenHeader } from '../ScreenHeader';
import { useGroupOrder } from './groups/group-format';
import { LoadState } from './plans/LoadState';
import { GroupSessions } from './sessions/GroupSessions';
import { useSessionsBase } from './sessions/use-sessions-data';
import '../../styles/sessions.css';
import '../../styles/plans.css';

/** Sessions, group by group: schedule one with a plan, see what is ahead and what was. */
export function SessionsScreen({ groupId }: { groupId: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const { state, retry } = useSessionsBase();
  const order = useGroupOrder();
  const [chosen, setChosen] = useState<string | null>(groupId);

  const groups = state.status === 'ready' ? state.value.groups : [];
  // Active groups, plus the one asked for even if archived (its history is still worth reading).
  const shown = order(groups.filter((g) => g.archivedAt === null || g.id === chosen));
  const group =
    shown.find((g) => g.id === chosen) ?? shown.find((g) => g.archivedAt === null) ?? null;

  const choose = (next: string) => {
    setChosen(next);
    // The address follows the choice (no new screen: focus stays on the list).
    window.history.replaceState(null, '', routeHash({ screen: 'sessions', groupId: next }));
  };

  return (
    <div className="screen">
      <ScreenHeader title={t('prep.sessions.title')} intro={t('prep.sessions.intro')} />
      <LoadState
        state={state}
        loadingText={t('prep.sessions.loading')}
        failedText={t('prep.sessions.loadFailed')}
        onRetry={retry}
      />
      {state.status === 'ready' && !group ? (
        <div className="card">
          <div className="empty-state">
            <span className="empty-mark" aria-hidden="true" />
            <div>
              <p className="empty-title">{t('prep.sessions.noGroupTitle')}</p>
              <p className="muted">
                {t('prep.sessions.noGroupBody')}{' '}
                <a href={routeHash({ screen: 'groups' })}>{t('prep.sessions.toGroups')}</a>
              </p>
            </div>
          </div>
        </div>
      ) : null}
      {state.status === 'ready' && group ? (
        <>
          <div className="card group-picker">
            <label className="field-label" htmlFor={`${id}-group`}>
              {t('prep.sessions.group')}
            </label>
            <select
              id={`${id}-group`}
              className="select"
              value={group.id}
              onChange={(event) => choose(event.target.value)}
            >
              {shown.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.archivedAt === null
                    ? g.name
                    : t('prep.sessions.archivedOption', { name: g.name })}
                </option>
              ))}
            </select>
            <a
              className="button button-quiet"
              href={routeHash({ screen: 'agreements', groupId: group.id })}
            >
              {t('prep.sessions.agreementsLink')}
            </a>
          </div>
          <GroupSessions key={group.id} group={group} base={state.value} />
        </>
      ) : null}
    </div>
  );
}
