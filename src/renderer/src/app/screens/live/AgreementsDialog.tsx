import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { AgreementSet } from '../../../../../shared/agreements';
import { AgreementsView } from '../../../rounds/AgreementsView';
import { Dialog } from '../../../rounds/Dialog';
import { Button } from '../../ui/Button';

type Sent = 'idle' | 'sending' | 'sent' | 'failed';

/**
 * The group's agreements as this session shows them, with a button that
 * opens them on the screen of everyone in the call (they can also reopen
 * them with "Voir les accords").
 */
export function AgreementsDialog({
  open,
  onClose,
  agreements,
  onShowEveryone,
}: {
  open: boolean;
  onClose: () => void;
  agreements: AgreementSet | null;
  /** Asks the server to show the agreements to everyone; false when it could not. */
  onShowEveryone: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<Sent>('idle');
  const close = () => {
    setSent('idle');
    onClose();
  };
  const show = async () => {
    setSent('sending');
    setSent((await onShowEveryone()) ? 'sent' : 'failed');
  };
  return (
    <Dialog open={open} onClose={close} title={t('rounds.agreementsTitle')}>
      <AgreementsView items={agreements?.items ?? []} />
      <p className="live-hint">{t('live.agreements.everyone')}</p>
      <Button variant="primary" busy={sent === 'sending'} onClick={() => void show()}>
        {t('live.agreements.showEveryone')}
      </Button>
      <p className="live-hint" role="status" data-testid="agreements-sent">
        {sent === 'sent' ? t('live.agreements.shown') : null}
      </p>
      {sent === 'failed' ? (
        <p className="alert" role="alert">
          {t('live.agreements.showFailed')}
        </p>
      ) : null}
    </Dialog>
  );
}
