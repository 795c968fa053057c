import type { AgreementSet } from '../../../../../shared/agreements';

/** Agreements as they read to a group: numbered titles with their sentences. */
export function AgreementReadOnly({ items }: { items: AgreementSet['items'] }) {
  return (
    <ol className="agreement-read">
      {items.map((item, index) => (
        <li key={index}>
          <p className="agreement-read-title">{item.title}</p>
          {item.text ? <p className="agreement-read-text">{item.text}</p> : null}
        </li>
      ))}
    </ol>
  );
}
