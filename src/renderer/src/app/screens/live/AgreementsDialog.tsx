import { useTranslation } from 'react-i18next';
import type { AgreementSet } from '../../../../../shared/agreements';
import { AgreementsView } from '../../../rounds/AgreementsView';
import { Dialog } from '../../../rounds/Dialog';

/**
 * The group's agreements as this session shows them. The session server has
 * no message to put them on everyone's screen; each participant reopens them
 * with "Voir les accords", and the dialog says so.
 */
export function AgreementsDialog({
  open,
  onClose,
  agreements,
}: {
  open: boolean;
  onClose: () => void;
  agreements: AgreementSet | null;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('rounds.agreementsTitle')}>
      <AgreementsView items={agreements?.items ?? []} />
      <p className="live-hint">{t('live.agreements.everyone')}</p>
    </Dialog>
  );
}
