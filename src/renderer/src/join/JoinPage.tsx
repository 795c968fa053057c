import { useTranslation } from '../i18n/translation';
import { assertUnreachable } from '../../../shared/errors';
import { CallView } from '../call/CallView';
import { ParticipantRounds } from '../rounds/ParticipantRounds';
import { ParticipantRoundsProvider } from '../rounds/participant-rounds-context';
import { useSnapshot } from '../state/use-snapshot';
import { AgreementsStep } from './AgreementsStep';
import { DevicesStep } from './DevicesStep';
import { FailureView } from './FailureView';
import type { JoinFlow, JoinState } from './join-flow';
import { LanguageSwitch } from './LanguageSwitch';
import { LobbyStep } from './LobbyStep';
import { NameStep } from './NameStep';
import { StepHeading } from './StepHeading';

const stepNumber = { name: 1, devices: 2, agreements: 3, lobby: 4 } as const;

/** The participant page: one step at a time, then the call. */
export function JoinPage({ flow }: { flow: JoinFlow }) {
  const { t } = useTranslation();
  const state = useSnapshot(flow);
  // Focus follows the steps; the first screen after loading keeps the page's own start.
  const focus = state.moved;
  const number =
    state.step in stepNumber ? stepNumber[state.step as keyof typeof stepNumber] : null;
  return (
    <div className="join" data-step={state.step}>
      <header className="join-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('common.appName')}
        </p>
        {state.intro ? (
          <p className="join-session">{t('join.session', { title: state.intro.title })}</p>
        ) : null}
        <LanguageSwitch />
      </header>
      <main id="main" className="join-main">
        {number ? <p className="join-progress">{t('join.stepOf', { step: number })}</p> : null}
        <JoinStatus state={state} />
        <Step flow={flow} state={state} focus={focus} />
      </main>
    </div>
  );
}

/** Lobby and admission changes, said by screen readers (aria-live). */
function JoinStatus({ state }: { state: JoinState }) {
  const { t } = useTranslation();
  let text = '';
  if (state.step === 'call') text = t('join.lobby.admitted');
  else if (state.lobbyNotice && state.step !== 'failed') {
    text = t(`join.lobby.${state.lobbyNotice.notice}`);
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {text ? <span key={`${state.step}-${state.lobbyNotice?.serial ?? 0}`}>{text}</span> : null}
    </div>
  );
}

function Step({ flow, state, focus }: { flow: JoinFlow; state: JoinState; focus: boolean }) {
  const { t } = useTranslation();
  switch (state.step) {
    case 'name':
      return <NameStep flow={flow} state={state} focus={focus} />;
    case 'devices':
      return <DevicesStep flow={flow} state={state} focus={focus} />;
    case 'agreements':
      return <AgreementsStep flow={flow} state={state} focus={focus} />;
    case 'lobby':
      return <LobbyStep flow={flow} state={state} focus={focus} />;
    case 'call': {
      const call = state.call;
      if (!call) return null;
      return (
        <div className="join-call">
          <StepHeading focus={focus}>{state.intro?.title ?? t('common.appName')}</StepHeading>
          <ParticipantRoundsProvider call={call}>
            <ParticipantRounds call={call} agreements={state.intro?.agreements ?? ''} />
          </ParticipantRoundsProvider>
          <CallView client={call} onLeave={() => void call.leave()} />
        </div>
      );
    }
    case 'failed':
      return <FailureView flow={flow} failure={state.failure ?? 'unknown'} focus={focus} />;
    default:
      return assertUnreachable(state.step);
  }
}
