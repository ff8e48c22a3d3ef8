import { useId, useRef, useState } from 'react';
import type { Finding } from '../../core/checks/types';
import { useT } from '../../i18n/i18n';
import { findingText } from './finding-text';
import type { SilencedChecks } from './use-silenced-checks';
import type { ChecksState } from './use-checks';
import './checks.css';

interface ChecksPanelProps {
  checks: ChecksState;
  silenced: SilencedChecks;
  /** Moves the editor's cursor to `offset` of the checked text. */
  onGoTo: (finding: Finding) => void;
  /** Applies a finding's fix as one undoable edit. */
  onFix: (finding: Finding) => void;
}

/** Returns how many findings count as problems: errors and warnings (tips do not). */
function problemCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity !== 'tip').length;
}

/**
 * Returns the `Checks` button (its name gives the count of problems) and, when open, the panel:
 * the list `Checks`, each finding with its severity, its sentence, its line, `Go to line N`, the
 * fix where one is obvious, and `Silence for this post`; Escape closes it. The count is announced politely when
 * it changes after a run, never on every key.
 */
export function ChecksPanel({ checks, silenced, onGoTo, onFix }: ChecksPanelProps) {
  const t = useT();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const visible = checks.findings.filter((f) => !silenced.ids.includes(f.id));
  const count = problemCount(visible);
  const ready = checks.text !== null;
  // The live region's text changes only when the count does, so it is not read on every key.
  const announced = ready ? t('checks.announce', { count }) : '';

  return (
    <div className="checks">
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls={panelId}
        // The count shows as a badge (the header is narrow); its name says it in words.
        aria-label={count > 0 ? t('checks.buttonCount', { count }) : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('checks.button')}{' '}
        {count > 0 && (
          <span className="checks-count" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      <span className="checks-live" aria-live="polite">
        {announced}
      </span>
      <section
        id={panelId}
        className="checks-panel"
        aria-label={t('checks.title')}
        hidden={!open}
        onKeyDown={(e) => {
          // Escape closes the panel and gives focus back to its button.
          if (e.key !== 'Escape') return;
          setOpen(false);
          button.current?.focus();
        }}
      >
        {checks.error && <p role="alert">{t('checks.failed', { error: checks.error })}</p>}
        {!ready && <p>{t('checks.running')}</p>}
        {ready && visible.length === 0 && <p>{t('checks.none')}</p>}
        {visible.length > 0 && (
          <ul aria-label={t('checks.list')} className="checks-list">
            {visible.map((f, i) => (
              <FindingItem
                key={`${f.id}-${f.from}-${i}`}
                finding={f}
                onGoTo={() => onGoTo(f)}
                onFix={() => onFix(f)}
                onSilence={() => silenced.silence(f.id)}
              />
            ))}
          </ul>
        )}
        {silenced.ids.length > 0 && (
          <p className="checks-silenced">
            {t('checks.silenced', { count: silenced.ids.length })}{' '}
            <button type="button" className="small" onClick={silenced.clear}>
              {t('checks.unsilence')}
            </button>
          </p>
        )}
      </section>
    </div>
  );
}

interface FindingItemProps {
  finding: Finding;
  onGoTo: () => void;
  onFix: () => void;
  onSilence: () => void;
}

/** Returns one finding of the list: severity, sentence and line, then its actions. */
function FindingItem({ finding, onGoTo, onFix, onSilence }: FindingItemProps) {
  const t = useT();
  const id = useId();
  const { severity, line, fix } = finding;
  return (
    <li className={`check check-${severity}`}>
      <span id={id}>
        <strong className="check-severity">{t(`checks.severity.${severity}`)}</strong>{' '}
        {findingText(t, finding)} <span className="check-line">({t('checks.line', { line })})</span>
      </span>
      <span className="check-actions">
        <button type="button" className="small" aria-describedby={id} onClick={onGoTo}>
          {t('checks.goTo', { line })}
        </button>
        {fix && (
          <button type="button" className="small" aria-describedby={id} onClick={onFix}>
            {t('checks.fix', { insert: fix.insert })}
          </button>
        )}
        <button type="button" className="small" aria-describedby={id} onClick={onSilence}>
          {t('checks.silence')}
        </button>
      </span>
    </li>
  );
}
