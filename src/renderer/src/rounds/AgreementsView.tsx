import { useTranslation } from '../i18n/translation';
import { agreementItems, type AgreementItem } from '../call/agreements-text';

/** The group's agreements, numbered, as everyone accepted them on the way in. */
export function AgreementsView({ items }: { items: readonly AgreementItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('rounds.agreementsNone')}</p>;
  return (
    <ol className="rounds-agreements">
      {items.map((item, index) => (
        <li key={index}>
          <strong>{item.title}</strong>
          {item.text ? <p>{item.text}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** The same, from the text the session server carries. */
export function AgreementsText({ text }: { text: string }) {
  return <AgreementsView items={agreementItems(text)} />;
}
