import { countWords, readingTime } from '../core/stats';
import { useT } from '../i18n/i18n';

interface StatusBarProps {
  body: string;
  line: number;
  saveState: string;
}

/** Returns the status bar: save state, words and reading time of the body, cursor line. */
export function StatusBar({ body, line, saveState }: StatusBarProps) {
  const words = countWords(body);
  const minutes = readingTime(words);
  const t = useT();
  return (
    <footer className="status-bar">
      <span role="status" className="save-state">
        {saveState}
      </span>
      <span>{t('status.words', { count: words })}</span>
      <span>{t('status.minRead', { count: minutes })}</span>
      <span>{t('status.line', { line: String(line) })}</span>
    </footer>
  );
}
