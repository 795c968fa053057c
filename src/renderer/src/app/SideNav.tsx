import { useTranslation } from '../i18n/translation';
import { screenIds, type ScreenId } from './nav';
import { isSectionRoot, sectionOf, type Route } from './router';
import '../styles/prep-nav.css';

type SideNavProps = {
  current: Route;
  onNavigate(screen: ScreenId): void;
};

export function SideNav({ current, onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  const section = sectionOf(current);
  // Inside a section (a plan being edited) its entry is marked, but is not "this page".
  const mark = isSectionRoot(current) ? 'page' : 'true';
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        {screenIds.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav-item"
              aria-current={id === section ? mark : undefined}
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
