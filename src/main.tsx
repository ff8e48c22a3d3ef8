import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { I18nProvider } from './i18n/i18n';
import { getLang } from './i18n/lang-store';
import { loadMessages, loadStartMessages } from './i18n/translate';
import { holdAfterEditor } from './state/after-editor';
import './app/tokens.css';
import './app/app.css';

// boot.ts, run before this script, has already asked for the messages and opened the drafts'
// database (the session takes it: session-connect.ts).
const root = document.getElementById('root');
if (!root) throw new Error('Pluma: #root element missing from index.html');
// What the page shows before the editor is all of its language's messages that load before it
// renders; the rest load while the editor is painted, and what shows after it waits for them.
// Another language loads on a switch to it.
holdAfterEditor(() => loadMessages(getLang()));
void loadStartMessages(getLang()).then(() =>
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  ),
);
