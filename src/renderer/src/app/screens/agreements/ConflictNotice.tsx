import type { RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { AgreementSet } from '../../../../../shared/agreements';
import { Button } from '../../ui/Button';
import { useDateTimeFormat } from '../sessions/session-format';

type ConflictNoticeProps = {
  latest: AgreementSet;
  busy: boolean;
  focusRef: RefCallback<HTMLElement>;
  onSaveOver(): void;
  onTakeLatest(): void;
};

/** Someone saved these agreements meanwhile: the edits stay, and the person chooses. */
export function ConflictNotice({
  latest,
  busy,
  focusRef,
  onSaveOver,
  onTakeLatest,
}: ConflictNoticeProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <div className="alert alert-warning" role="alert">
      <p ref={focusRef} tabIndex={-1} className="alert-title">
        {t('prep.agreements.conflictTitle')}
      </p>
      <p>
        {t('prep.agreements.conflictBody', {
          version: latest.version,
          date: formatDateTime(latest.createdAt),
        })}
      </p>
      <div className="field-actions">
        <Button variant="primary" busy={busy} onClick={onSaveOver}>
          {t('prep.agreements.saveOver', { version: latest.version + 1 })}
        </Button>
        <Button busy={busy} onClick={onTakeLatest}>
          {t('prep.agreements.takeLatest', { version: latest.version })}
        </Button>
      </div>
    </div>
  );
}
