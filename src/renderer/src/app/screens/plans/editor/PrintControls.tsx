import { useTranslation } from '../../../../i18n/translation';
import { navigate } from '../../../router';
import { Button } from '../../../ui/Button';
import type { PrintState } from './use-plan-actions';

type PrintControlsProps = {
  planId: string;
  busy: boolean;
  state: PrintState;
  onPrint(): void;
};

/**
 * "Imprimer / PDF": the desktop app saves a PDF itself; elsewhere (UNSUPPORTED)
 * the printable view opens and the system's own print dialog takes over.
 */
export function PrintControls({ planId, busy, state, onPrint }: PrintControlsProps) {
  const { t } = useTranslation();
  const openPrintView = () => navigate({ screen: 'printPlan', planId, autoPrint: true });
  return (
    <div className="print-controls">
      <div className="field-actions">
        <Button busy={busy} onClick={onPrint}>
          {t('prep.print.button')}
        </Button>
        <a className="button button-quiet" href={`#/print/plan/${planId}`}>
          {t('prep.print.openView')}
        </a>
      </div>
      {state.kind === 'saveFirst' ? (
        <p className="field-error" role="alert">
          {t('prep.print.saveFirst')}
        </p>
      ) : null}
      {state.kind === 'saved' ? (
        <div className="saved-file">
          <p>{t('prep.print.savedTo')}</p>
          <p className="path">
            <code>{state.path}</code>
          </p>
        </div>
      ) : null}
      {state.kind === 'unsupported' ? (
        <div className="alert alert-info" role="alert">
          <p>{t('prep.print.unsupported')}</p>
          <Button variant="primary" onClick={openPrintView}>
            {t('prep.print.openAndPrint')}
          </Button>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="field-error" role="alert">
          {t('prep.print.failed')} {t(`errors.${state.error.code}`)}
        </p>
      ) : null}
    </div>
  );
}
