import { useTranslation } from '../../../i18n/translation';
import type { Session } from '../../../../../shared/sessions';

/** "Prévue", "Annulée", "Tenue", or "Date passée" for a planned session whose time has gone. */
export function SessionStatus({ session, upcoming }: { session: Session; upcoming: boolean }) {
  const { t } = useTranslation();
  const word = session.status === 'scheduled' && !upcoming ? 'lapsed' : session.status;
  return <span className={`badge status-${word}`}>{t(`prep.sessions.status.${word}`)}</span>;
}
