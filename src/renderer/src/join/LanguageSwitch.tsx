import { useState } from 'react';
import { useTranslation } from '../i18n/translation';
import { uiLanguages, type UiLanguage } from '../i18n/languages';
import { switchParticipantLanguage } from '../i18n/participant';

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

/**
 * French first; each choice named in its own language so anyone finds theirs.
 * The other language's words are fetched on the first switch.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState<UiLanguage | null>(null);
  const choose = async (language: UiLanguage) => {
    setFailed(null);
    try {
      await switchParticipantLanguage(i18n, language);
    } catch {
      setFailed(language);
      return;
    }
    try {
      window.localStorage.setItem(storageKey, language);
    } catch {
      // Private windows may refuse storage: the choice then lasts for this visit.
    }
  };
  return (
    <>
      <div className="language-switch" role="group" aria-label={t('join.switchLanguage')}>
        {uiLanguages.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className="language-option"
            aria-pressed={i18n.language === language}
            onClick={() => void choose(language)}
          >
            {t(`languages.${language}`)}
          </button>
        ))}
      </div>
      {failed ? (
        <p className="language-problem" role="alert">
          {t('join.languageFailed', { language: t(`languages.${failed}`) })}
        </p>
      ) : null}
    </>
  );
}
