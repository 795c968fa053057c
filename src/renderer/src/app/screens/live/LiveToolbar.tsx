import { useCallback, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../ui/Button';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { AgreementsDialog } from './AgreementsDialog';
import { CrisisDialog } from './CrisisDialog';
import type { FacilitatorLive } from './facilitator-live';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useLiveShortcuts } from './use-shortcuts';
import { useSnapshot } from '../../../state/use-snapshot';

type Open = 'agreements' | 'crisis' | 'shortcuts' | 'end' | null;

/** One click away: the agreements, crisis lines, the shortcuts, and ending the session. */
export function LiveToolbar({ live }: { live: FacilitatorLive }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot(live);
  const [open, setOpen] = useState<Open>(null);
  const close = useCallback(() => setOpen(null), []);
  useLiveShortcuts(
    live.rounds,
    useCallback(() => setOpen('shortcuts'), []),
  );
  return (
    <div className="live-toolbar" role="toolbar" aria-label={t('live.toolbar')}>
      <Button onClick={() => setOpen('agreements')}>{t('live.agreements.open')}</Button>
      <Button className="live-crisis-button" onClick={() => setOpen('crisis')}>
        {t('live.crisis.open')}
      </Button>
      <Button variant="quiet" onClick={() => setOpen('shortcuts')} aria-keyshortcuts="?">
        {t('live.shortcuts.open')}
      </Button>
      <span className="live-toolbar-gap" />
      {open === 'end' ? (
        <ConfirmActions
          compact
          className="live-end-confirm"
          label={t('live.end.open')}
          message={t('live.end.confirm')}
          confirmText={snapshot.ending ? t('live.end.ending') : t('live.end.yes')}
          cancelText={t('common.cancel')}
          busy={snapshot.ending}
          onConfirm={() => void live.end().then(close)}
          onCancel={close}
        />
      ) : (
        <Button className="live-danger" onClick={() => setOpen('end')}>
          {t('live.end.open')}
        </Button>
      )}
      {snapshot.endFailed ? (
        <p className="alert" role="alert">
          {t('live.end.failed')}
        </p>
      ) : null}
      <AgreementsDialog
        open={open === 'agreements'}
        onClose={close}
        agreements={snapshot.session?.agreements ?? null}
        onShowEveryone={() => live.showAgreements()}
      />
      <CrisisDialog open={open === 'crisis'} onClose={close} resources={snapshot.crisis} />
      <ShortcutsHelp open={open === 'shortcuts'} onClose={close} />
    </div>
  );
}
