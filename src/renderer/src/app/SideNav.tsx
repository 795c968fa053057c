import { useTranslation } from 'react-i18next';
import { screenIds, type ScreenId } from './nav';

type SideNavProps = {
  current: ScreenId;
  onNavigate(screen: ScreenId): void;
};

export function SideNav({ current, onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        {screenIds.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav-item"
              aria-current={id === current ? 'page' : undefined}
              onClick={() => onNavigate(id)}
            >
              {t(`nav.${id}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
