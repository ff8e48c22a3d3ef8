/**
 * The page's first script (index.html), ahead of the app's: it asks at once for what the app's
 * first render waits for, its language's messages and the drafts' database, while the browser
 * still fetches and evaluates React and CodeMirror (main.tsx asks again, and takes the same).
 */
import { getLang } from './i18n/lang-store';
import { loadStartMessages } from './i18n/translate';
import { openPlumaDbEarly } from './storage';

openPlumaDbEarly();
void loadStartMessages(getLang());
