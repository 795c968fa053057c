import { useTranslation } from '../i18n/translation';
import type { JoinFlow, JoinState } from './join-flow';
import { StepHeading } from './StepHeading';

/** Step 4: waiting to be let in. Changes are said in the page's live region. */
export function LobbyStep({
  flow,
  state,
  focus,
}: {
  flow: JoinFlow;
  state: JoinState;
  focus: boolean;
}) {
  const { t } = useTranslation();
  const reconnecting = state.lobbyNotice?.notice === 'reconnecting';
  return (
    <div className="join-step">
      <StepHeading focus={focus}>{t('join.lobby.title')}</StepHeading>
      <div className="lobby-card">
        <span className="lobby-pulse" aria-hidden="true" />
        <div>
          <p className="lobby-body">{t('join.lobby.body')}</p>
          <p className="muted">{t('join.lobby.hint')}</p>
        </div>
      </div>
      {reconnecting ? <p className="call-banner">{t('join.lobby.reconnecting')}</p> : null}
      <p className="muted">{t('join.lobby.accepted')}</p>
      <div className="join-actions">
        <button type="button" className="button" onClick={() => void flow.leave()}>
          {t('join.lobby.leave')}
        </button>
      </div>
    </div>
  );
}
