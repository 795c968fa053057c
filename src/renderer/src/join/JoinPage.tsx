import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The participant page, for now: says plainly that joining from here is coming. */
export function JoinPage() {
  const { t } = useTranslation();
  const steps = t('join.steps', { returnObjects: true });
  return (
    <div className="join">
      <header className="join-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('common.appName')}
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" className="join-main">
        <h1>{t('join.title')}</h1>
        <div className="card">
          <p>
            <span className="badge">{t('join.comingTitle')}</span>
          </p>
          <p>{t('join.body')}</p>
          <ol className="coming-list">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="muted">{t('join.notYet')}</p>
        </div>
      </main>
    </div>
  );
}
