import { useTranslation } from '../../../i18n/translation';
import type { CrisisResource } from '../../../../../shared/settings';
import { Dialog } from '../../../rounds/Dialog';

/** Crisis lines, one click away during the session (PRACTICE.md: safety before confidentiality). */
export function CrisisDialog({
  open,
  onClose,
  resources,
}: {
  open: boolean;
  onClose: () => void;
  resources: readonly CrisisResource[];
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('live.crisis.title')} className="live-crisis">
      <p>{t('live.crisis.intro')}</p>
      <ul className="live-crisis-list">
        {resources.map((resource) => (
          <li key={`${resource.number}-${resource.label}`}>
            <span className="live-crisis-number">{resource.number}</span>
            <span>{resource.label}</span>
          </li>
        ))}
      </ul>
      <p className="live-hint">{t('live.crisis.settings')}</p>
    </Dialog>
  );
}
