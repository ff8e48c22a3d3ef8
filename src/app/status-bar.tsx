import { useEffect, useState } from 'react';
import { countWords, readingTime } from '../core/stats';
import { useT } from '../i18n/i18n';

interface StatusBarProps {
  body: string;
  line: number;
}

/** How long typing must pause before the word count is taken again (ms). */
const COUNT_AFTER_MS = 250;

/**
 * Returns the word count of `body`, taken at once for the first body and then only once the
 * body has stopped changing for COUNT_AFTER_MS: counting a 50,000-word post takes about 20 ms,
 * which must not run on every key press.
 */
function useSettledWordCount(body: string): number {
  const [counted, setCounted] = useState(() => ({ body, words: countWords(body) }));
  useEffect(() => {
    if (body === counted.body) return;
    const timer = setTimeout(() => setCounted({ body, words: countWords(body) }), COUNT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [body, counted.body]);
  return counted.words;
}

/** Returns the status bar: words and reading time of the body, cursor line. */
export function StatusBar({ body, line }: StatusBarProps) {
  const words = useSettledWordCount(body);
  const minutes = readingTime(words);
  const t = useT();
  return (
    <footer className="status-bar">
      <span>{t('status.words', { count: words })}</span>
      <span>{t('status.minRead', { count: minutes })}</span>
      <span>{t('status.line', { line: String(line) })}</span>
    </footer>
  );
}
