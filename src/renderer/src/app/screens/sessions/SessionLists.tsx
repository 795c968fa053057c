import { useId, type RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Session } from '../../../../../shared/sessions';
import { SessionRow } from './SessionRow';
import type { SessionActions } from './use-session-actions';

type SessionListProps = {
  title: string;
  empty: string;
  sessions: readonly Session[];
  upcoming: boolean;
  actions: SessionActions;
  focusRef(key: string): RefCallback<HTMLElement>;
};

/** Upcoming (soonest first) or past (newest first) sessions of one group. */
export function SessionList({
  title,
  empty,
  sessions,
  upcoming,
  actions,
  focusRef,
}: SessionListProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}
        <span className="count"> ({sessions.length})</span>
      </h2>
      {sessions.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plan-list">
          {sessions.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              upcoming={upcoming}
              busy={actions.busy}
              confirming={actions.confirming === session.id}
              error={actions.rowError?.id === session.id ? actions.rowError.text : null}
              focusRef={(action) => focusRef(`session:${session.id}:${action}`)}
              onAskCancel={() => actions.askCancel(session)}
              onConfirmCancel={() => void actions.cancel(session)}
              onKeep={() => actions.keep(session)}
            />
          ))}
        </ul>
      )}
      {upcoming || sessions.length === 0 ? null : (
        <p className="field-hint">{t('prep.sessions.pastHint')}</p>
      )}
    </section>
  );
}
