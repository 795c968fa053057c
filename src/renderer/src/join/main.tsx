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
import { JoinPage } from './JoinPage';

const container = document.getElementById('root');
if (!container) throw new Error('join.html has no #root');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n('fr')}>
      <JoinPage />
    </I18nextProvider>
  </StrictMode>,
);
