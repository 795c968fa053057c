import { useTranslation } from '../../i18n/translation';
import { ScreenHeader } from '../ScreenHeader';
import { AgreementHistory } from './agreements/AgreementHistory';
import { AgreementsEditor } from './agreements/AgreementsEditor';
import { useAgreements } from './agreements/use-agreements';
import { BackLink } from './BackLink';
import { LoadState } from './plans/LoadState';
import '../../styles/agreements.css';
import '../../styles/plan-editor.css';

/** A group's agreements: the current version to edit, and every older one to read. */
export function AgreementsScreen({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { state, retry, reload } = useAgreements(groupId);
  const group = state.status === 'ready' ? state.value.group : null;
  return (
    <div className="screen">
      <BackLink to={{ screen: 'groups' }}>{t('prep.agreements.back')}</BackLink>
      <ScreenHeader
        title={
          group
            ? t('prep.agreements.title', { name: group.name })
            : t('prep.agreements.titleLoading')
        }
        intro={t('prep.agreements.intro')}
      />
      <LoadState
        state={state}
        loadingText={t('prep.agreements.loading')}
        failedText={t('prep.agreements.loadFailed')}
        onRetry={retry}
      />
      {state.status === 'ready' ? (
        <>
          <AgreementsEditor key={groupId} data={state.value} reload={reload} />
          <AgreementHistory history={state.value.history} />
        </>
      ) : null}
    </div>
  );
}
