import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../styles/shell.css';
import '../styles/groups.css';
import '../styles/screens.css';
import { createApi, findBridge } from './api';
import { App } from './App';
import { StartupErrorScreen } from './StartupErrorScreen';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const bridge = findBridge();
createRoot(container).render(
  <StrictMode>
    {bridge ? (
      <App api={createApi(bridge)} />
    ) : (
      <I18nextProvider i18n={createI18n('fr')}>
        <StartupErrorScreen code="BRIDGE_UNAVAILABLE" />
      </I18nextProvider>
    )}
  </StrictMode>,
);
