import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../ui/Button';
import type { Loaded } from './use-load';

type LoadStateProps = {
  state: Loaded<unknown>;
  loadingText: string;
  failedText: string;
  onRetry(): void;
};

/** The loading line, or the failure in plain words with "Réessayer"; nothing once ready. */
export function LoadState({ state, loadingText, failedText, onRetry }: LoadStateProps) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <p className="card muted">{loadingText}</p>;
  if (state.status === 'failed') {
    return (
      <div className="alert" role="alert">
        <p>
          {failedText} {t(`errors.${state.error.code}`)}
        </p>
        <Button onClick={onRetry}>{t('common.retry')}</Button>
      </div>
    );
  }
  return null;
}
