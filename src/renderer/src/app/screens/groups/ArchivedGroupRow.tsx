import type { RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';
import { Button } from '../../ui/Button';
import { useDateFormat } from './group-format';

type ArchivedGroupRowProps = {
  group: Group;
  busy: boolean;
  /** A failed restore, in plain words. */
  error: string | null;
  focusRef: RefCallback<HTMLElement>;
  onRestore(group: Group): void;
};

export function ArchivedGroupRow({
  group,
  busy,
  error,
  focusRef,
  onRestore,
}: ArchivedGroupRowProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <li className="group-row">
      <div className="group-line">
        <div className="group-text">
          <h3 className="group-name">{group.name}</h3>
          {group.archivedAt !== null ? (
            <p className="group-meta">
              {t('groups.archivedOn', { date: formatDate(group.archivedAt) })}
            </p>
          ) : null}
        </div>
        <div className="group-actions">
          <Button ref={focusRef} busy={busy} onClick={() => onRestore(group)}>
            {t('groups.restore')}
            <span className="visually-hidden"> {t('groups.forGroup', { name: group.name })}</span>
          </Button>
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
