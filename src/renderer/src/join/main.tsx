import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../styles/shell.css';
import '../styles/screens.css';
import '../styles/join.css';
import '../styles/choices.css';
import '../styles/join-steps.css';
import { signalingUrl, takeInvite } from './invite';
import { JoinFlow } from './join-flow';
import { JoinPage } from './JoinPage';
import { savedLanguage } from './LanguageSwitch';

const container = document.getElementById('root');
if (!container) throw new Error('join.html has no #root');

// Another invitation pasted into this tab changes only the fragment: start over with it.
window.addEventListener('hashchange', () => window.location.reload());

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

const flow = JoinFlow.create({
  invite: takeInvite(window.location, window.history, tabStorage()),
  wsUrl: signalingUrl(window.location),
});

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n(savedLanguage())}>
      <JoinPage flow={flow} />
    </I18nextProvider>
  </StrictMode>,
);
