import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { I18nProvider } from './i18n/i18n';
import { openPlumaDbEarly } from './storage';
import { getLang } from './i18n/lang-store';
import { loadMessages } from './i18n/translate';
import './app/tokens.css';
import './app/app.css';

// The drafts' database opens while the page renders (the session takes it: session-connect.ts).
openPlumaDbEarly();

const root = document.getElementById('root');
if (!root) throw new Error('Pluma: #root element missing from index.html');
// Only the page's language's messages load before it renders; another one on a switch to it.
void loadMessages(getLang()).then(() =>
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  ),
);
