import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Session } from '../../../../../shared/sessions';
import { useApi } from '../../api-context';
import { routeHash } from '../../router';

type Row = { session: Session; groupName: string };

/** Upcoming sessions of every active group, each with the way into its room. */
export function SessionPicker() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const groups = await api.groups.list({});
      const lists = await Promise.all(
        groups.map((group) => api.sessions.list({ groupId: group.id })),
      );
      return lists.flatMap((list, index) =>
        list.upcoming.map((session) => ({ session, groupName: groups[index]?.name ?? '' })),
      );
    })().then(
      (found) =>
        !cancelled && setRows(found.sort((a, b) => a.session.scheduledAt - b.session.scheduledAt)),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' });
  if (failed)
    return (
      <p className="alert" role="alert">
        {t('room.loadFailed')}
      </p>
    );
  if (!rows) return <p className="muted">{t('room.pickLoading')}</p>;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('room.pickIntro')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('room.pickEmpty')}</p>
      ) : (
        <ul className="room-list">
          {rows.map(({ session, groupName }) => (
            <li key={session.id} className="room-person">
              <p className="room-person-name">
                {t('room.sessionOf', {
                  group: groupName,
                  date: format.format(session.scheduledAt),
                })}
              </p>
              <a className="button" href={routeHash({ screen: 'room', sessionId: session.id })}>
                {t('room.open')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
