import { useTranslation } from 'react-i18next';
import type { ComingScreenId } from '../nav';
import { ScreenHeader } from '../ScreenHeader';

/** A screen not built yet: what will be there, plainly, and no pretend data. */
export function ComingScreen({ screen }: { screen: ComingScreenId }) {
  const { t } = useTranslation();
  const items = t(`coming.${screen}.items`, { returnObjects: true });
  return (
    <div className="screen">
      <ScreenHeader title={t(`coming.${screen}.title`)} />
      <div className="card coming">
        <p>
          <span className="badge">{t('coming.badge')}</span>
        </p>
        <p>{t(`coming.${screen}.body`)}</p>
        <ul className="coming-list">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="muted">{t('coming.notYet')}</p>
      </div>
    </div>
  );
}
