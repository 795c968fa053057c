import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { prefetchMediasoup } from '../call/load-mediasoup';
import { loadParticipantI18n } from '../i18n/participant';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../styles/shell.css';
import '../styles/screens.css';
import '../styles/join.css';
import '../styles/choices.css';
import '../styles/join-steps.css';
import { parseInvite, signalingUrl } from './invite';
import { JoinFlow } from './join-flow';
import { JoinPage } from './JoinPage';
import { savedLanguage } from './LanguageSwitch';

const container = document.getElementById('root');
if (!container) throw new Error('join.html has no #root');

// Another invitation pasted into this tab changes only the fragment: start over with it.
window.addEventListener('hashchange', () => window.location.reload());

const flow = JoinFlow.create({
  invite: parseInvite(window.location),
  wsUrl: signalingUrl(window.location),
});

/** Once the first screen is on show, fetch the media library so the call does not wait for it. */
function AfterFirstScreen() {
  useEffect(prefetchMediasoup, []);
  return null;
}

// The words first (one small chunk, in the chosen language), so the page never
// shows in the wrong language; the media library only after the first screen.
void loadParticipantI18n(savedLanguage()).then((i18n) => {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <JoinPage flow={flow} />
        <AfterFirstScreen />
      </I18nextProvider>
    </StrictMode>,
  );
});
