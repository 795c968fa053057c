import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { languageSchema, languages, type Language } from '../../../../../shared/settings';
import { toApiError, type ApiError } from '../../api';
import { useApi } from '../../api-context';
import { useAnnounce } from '../../announcer';

/** The interface language, saved in the database so it is the same at the next start. */
export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const id = useId();
  const [saving, setSaving] = useState<Language | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const current = languageSchema.catch('fr').parse(i18n.language);

  const change = async (event: ChangeEvent<HTMLSelectElement>) => {
    const parsed = languageSchema.safeParse(event.target.value);
    if (saving || !parsed.success || parsed.data === current) return;
    setSaving(parsed.data);
    setError(null);
    try {
      // Saved first: the screen only switches once the choice is remembered.
      const settings = await api.settings.set({ language: parsed.data });
      await i18n.changeLanguage(settings.language);
      announce(i18n.t('settings.languageSaved'));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSaving(null);
    }
  };

  const errorId = `${id}-error`;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.languageTitle')}</h2>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-select`}>
          {t('settings.languageLabel')}
        </label>
        <div>
          <select
            id={`${id}-select`}
            className="select"
            value={saving ?? current}
            aria-busy={saving ? true : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => void change(event)}
          >
            {languages.map((language) => (
              // Each language is named in itself, so anyone can find their own.
              <option key={language} value={language} lang={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </div>
        {error ? (
          <p id={errorId} className="field-error">
            {t(`errors.${error.code}`)}
          </p>
        ) : null}
      </div>
    </section>
  );
}
