import { countWords, readingTime } from '../core/stats';

interface StatusBarProps {
  body: string;
  line: number;
  saveState: string;
}

/** Returns the status bar: save state, words and reading time of the body, cursor line. */
export function StatusBar({ body, line, saveState }: StatusBarProps) {
  const words = countWords(body);
  const minutes = readingTime(words);
  return (
    <footer className="status-bar">
      <span role="status" className="save-state">
        {saveState}
      </span>
      <span>{`${words.toLocaleString('en')} words`}</span>
      <span>{`${minutes} min read`}</span>
      <span>{`Line ${line}`}</span>
    </footer>
  );
}
