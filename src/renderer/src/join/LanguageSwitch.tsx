import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../i18n';

type UiLanguage = (typeof uiLanguages)[number];
const storageKey = 'cercle.language';

/** French unless this browser chose English here before. */
export function savedLanguage(): UiLanguage {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return uiLanguages.find((language) => language === stored) ?? 'fr';
  } catch {
    return 'fr';
  }
}

/** French first; each choice named in its own language so anyone finds theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const choose = (language: UiLanguage) => {
    void i18n.changeLanguage(language);
    try {
      window.localStorage.setItem(storageKey, language);
    } catch {
      // Private windows may refuse storage: the choice then lasts for this visit.
    }
  };
  return (
    <div className="language-switch" role="group" aria-label={t('join.switchLanguage')}>
      {uiLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-option"
          aria-pressed={i18n.language === language}
          onClick={() => choose(language)}
        >
          {t(`languages.${language}`)}
        </button>
      ))}
    </div>
  );
}
