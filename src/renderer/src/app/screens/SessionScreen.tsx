import { useTranslation } from '../../i18n/translation';
import { ScreenHeader } from '../ScreenHeader';
import { BackLink } from './BackLink';
import { LoadState } from './plans/LoadState';
import { SessionDetails } from './sessions/SessionDetails';
import { useSessionDateFormat } from './sessions/session-format';
import { useSession } from './sessions/use-session';
import '../../styles/sessions.css';
import '../../styles/plans.css';

/** One session, read-only: what it will run (or ran) and the agreements it shows. */
export function SessionScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { state, retry, update } = useSession(sessionId);
  const formatDate = useSessionDateFormat();
  const data = state.status === 'ready' ? state.value : null;
  return (
    <div className="screen">
      <BackLink to={{ screen: 'sessions', groupId: data?.session.groupId ?? null }}>
        {data?.group
          ? t('prep.session.back', { name: data.group.name })
          : t('prep.session.backAll')}
      </BackLink>
      <ScreenHeader
        title={
          data
            ? t('prep.session.title', { when: formatDate(data.session.scheduledAt) })
            : t('prep.session.titleLoading')
        }
      />
      <LoadState
        state={state}
        loadingText={t('prep.session.loading')}
        failedText={t('prep.session.loadFailed')}
        onRetry={retry}
      />
      {data ? (
        <SessionDetails
          data={data}
          onChanged={(session) =>
            update((current) => ({ ...current, session: { ...current.session, ...session } }))
          }
        />
      ) : null}
    </div>
  );
}
