import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';
import { routeHash } from '../../router';
import '../../../styles/prep-nav.css';

/** Where a group is prepared: its agreements and its sessions. */
export function GroupLinks({ group }: { group: Group }) {
  const { t } = useTranslation();
  const which = (
    <span className="visually-hidden"> {t('groups.forGroup', { name: group.name })}</span>
  );
  return (
    <p className="group-links">
      <a href={routeHash({ screen: 'agreements', groupId: group.id })}>
        {t('prep.groupLinks.agreements')}
        {which}
      </a>
      <a href={routeHash({ screen: 'sessions', groupId: group.id })}>
        {t('prep.groupLinks.sessions')}
        {which}
      </a>
    </p>
  );
}
