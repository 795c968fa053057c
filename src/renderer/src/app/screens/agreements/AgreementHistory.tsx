import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { AgreementSet } from '../../../../../shared/agreements';
import { useDateTimeFormat } from '../sessions/session-format';
import { AgreementReadOnly } from './AgreementReadOnly';

/** Every version, newest first; each can be unfolded and read, never edited. */
export function AgreementHistory({ history }: { history: readonly AgreementSet[] }) {
  const { t } = useTranslation();
  const id = useId();
  const formatDateTime = useDateTimeFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const latest = history[0]?.version;
  const toggle = (setId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(setId)) next.delete(setId);
      else next.add(setId);
      return next;
    });
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('prep.agreements.historyTitle')}
        <span className="count"> ({history.length})</span>
      </h2>
      <p className="muted">{t('prep.agreements.historyIntro')}</p>
      <ul className="version-list">
        {history.map((set) => {
          const isOpen = open.has(set.id);
          const panel = `${id}-${set.id}`;
          return (
            <li key={set.id} className="version-row">
              <div className="version-line">
                <h3 className="version-name">
                  {t('prep.agreements.versionName', { version: set.version })}
                  {set.version === latest ? (
                    <span className="badge">{t('prep.agreements.inForce')}</span>
                  ) : null}
                </h3>
                <p className="version-meta">
                  {t('prep.agreements.versionMeta', {
                    date: formatDateTime(set.createdAt),
                    count: set.items.length,
                  })}
                </p>
                <button
                  type="button"
                  className="disclosure"
                  aria-expanded={isOpen}
                  aria-controls={panel}
                  onClick={() => toggle(set.id)}
                >
                  <span className="disclosure-mark" aria-hidden="true" />
                  {t(isOpen ? 'prep.agreements.hideVersion' : 'prep.agreements.readVersion', {
                    version: set.version,
                  })}
                </button>
              </div>
              <div id={panel} className="version-panel" hidden={!isOpen}>
                {isOpen ? <AgreementReadOnly items={set.items} /> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
