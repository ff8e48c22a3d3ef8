import { useMemo } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { lineDiff, type DiffLine } from '../../core/line-diff';
import { useT } from '../../i18n/i18n';

interface UpstreamDialogProps {
  path: string;
  mine: string;
  /** Their text, or null when they deleted the file. */
  theirs: string | null;
  onKeepCopy: () => void;
  onUseTheirs: () => void;
  onPublishAnyway: () => void;
  onClose: () => void;
}

const side = (lines: DiffLine[], skip: DiffLine['kind']) =>
  lines
    .filter((l) => l.kind !== skip)
    .map((l, i) => (
      <span key={i} className={l.kind === 'same' ? undefined : l.kind}>
        {l.text}
        {'\n'}
      </span>
    ));

/**
 * Returns the dialog `Changed in the repository`: the repository's version and the person's side
 * by side (a line diff), and the three ways on: keep mine as a copy, use theirs, or publish mine
 * anyway (on top of theirs, never forced).
 */
export function UpstreamDialog(props: UpstreamDialogProps) {
  const t = useT();
  const diff = useMemo(() => lineDiff(props.theirs ?? '', props.mine), [props.theirs, props.mine]);
  return (
    <ModalDialog title={t('upstream.title')} onClose={props.onClose} className="repo-dialog">
      <p>{t('upstream.intro', { path: props.path })}</p>
      {props.theirs === null && <p>{t('upstream.deleted')}</p>}
      <div className="publish-diff">
        <section aria-label={t('upstream.theirs')}>
          <h3>{t('upstream.theirs')}</h3>
          <pre>{side(diff, 'add')}</pre>
        </section>
        <section aria-label={t('upstream.mine')}>
          <h3>{t('upstream.mine')}</h3>
          <pre>{side(diff, 'del')}</pre>
        </section>
      </div>
      <div className="repo-actions">
        <button type="button" onClick={props.onKeepCopy}>
          {t('upstream.keepCopy')}
        </button>
        <button type="button" onClick={props.onUseTheirs}>
          {t('upstream.useTheirs')}
        </button>
        <button type="button" onClick={props.onPublishAnyway}>
          {t('upstream.publishAnyway')}
        </button>
      </div>
    </ModalDialog>
  );
}
