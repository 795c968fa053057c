import { useTranslation } from '../../i18n/translation';
import { ScreenHeader } from '../ScreenHeader';
import { AppInfoSection } from './settings/AppInfoSection';
import { LanguageSetting } from './settings/LanguageSetting';
import { SessionServerSection } from './settings/SessionServerSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <ScreenHeader title={t('settings.title')} />
      <LanguageSetting />
      <SessionServerSection />
      <AppInfoSection />
    </div>
  );
}
