import { useId, useState } from 'react';
import { localValue } from '../storage';
import { useT } from '../i18n/i18n';

/** Whether the note was dismissed on this device (the layout's kind of choice: localStorage). */
const dismissed = localValue(
  'pluma.welcome.v1',
  (raw) => raw === 'dismissed',
  (seen: boolean) => (seen ? 'dismissed' : ''),
);

/**
 * Returns the first visit's note: what the three panes are, where drafts live, how to export or
 * publish. `Got it` dismisses it for good on this device and puts focus in the editor.
 */
export function WelcomeNote() {
  const t = useT();
  const titleId = useId();
  const [gone, setGone] = useState(dismissed.read);
  if (gone) return null;
  const dismiss = () => {
    dismissed.write(true);
    setGone(true);
    document.querySelector<HTMLElement>('#editor .cm-content')?.focus();
  };
  return (
    <section className="welcome-note" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('welcome.title')}</h2>
      <ul>
        <li>{t('welcome.panes')}</li>
        <li>{t('welcome.drafts')}</li>
        <li>{t('welcome.share')}</li>
      </ul>
      <button type="button" onClick={dismiss}>
        {t('welcome.dismiss')}
      </button>
    </section>
  );
}
