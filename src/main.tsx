import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { I18nProvider } from './i18n/i18n';
import { openPlumaDbEarly } from './storage';
import './app/tokens.css';
import './app/app.css';

// The drafts' database opens while the page renders (the session takes it: session-connect.ts).
openPlumaDbEarly();

const root = document.getElementById('root');
if (!root) throw new Error('Pluma: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
