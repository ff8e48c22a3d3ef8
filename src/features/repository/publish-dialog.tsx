import { useState } from 'react';
import { Send } from 'lucide-react';
import { ModalDialog } from '../../components/modal-dialog';
import { pullRequestUrl } from '../../core/repo-posts';
import type { Collection } from '../../core/schema';
import { useT } from '../../i18n/i18n';
import type { PlumaDb } from '../../storage';
import { failureText } from './failure-text';
import { planPublish, type PublishPlan } from './publish-plan';
import { UpstreamDialog } from './upstream-dialog';
import { useUpstreamChoices } from './use-upstream-choices';
import { usePublish } from './use-publish';
import { useUpstreamFlag } from './use-upstream-flag';
import type { Repository } from './use-repository';

interface PublishDialogProps {
  repo: Repository;
  db: PlumaDb | null;
  draftId: string | null;
  /** The open draft's text as the editor has it now. */
  getText: () => string;
  collection: Collection;
  onOpenDraft: (id: string) => void;
  /**
   * Loads the checks before publishing (issue 16) and returns the function that gives those of
   * a text written at `path`: errors block.
   */
  checks?: () => Promise<(text: string, path: string) => { errors: string[]; warnings: string[] }>;
}

/**
 * Returns the `Publish` button (once a repository is set up, or a publish waits) and its dialog: the file path, the images, `Commit message`, the
 * branch or a new review branch, and `Commit and push`; success is announced in a status
 * ("Published"), with a pull request link for a review branch. A post changed upstream since it
 * was opened opens `Changed in the repository` instead, and nothing is pushed.
 */
export function PublishDialog(props: PublishDialogProps) {
  const { repo, db, draftId } = props;
  const t = useT();
  const [plan, setPlan] = useState<PublishPlan | null>(null);
  const [message, setMessage] = useState('');
  const [review, setReview] = useState(false);
  const [reviewBranch, setReviewBranch] = useState('');
  const [found, setFound] = useState<{ errors: string[]; warnings: string[] } | null>(null);
  const [anyway, setAnyway] = useState(false);
  const publishing = usePublish(repo, db, draftId);
  const { busy, done, error, conflict, setConflict, pending, run } = publishing;
  const connected = repo.state.phase === 'connected';
  const changed = useUpstreamFlag(repo, draftId, done);
  const branch = repo.state.branch;

  const show = async () => {
    const p = await planPublish(
      db,
      draftId,
      props.getText(),
      props.collection,
      repo.connection.folders,
    );
    const check = await props.checks?.();
    setPlan(p);
    setFound(check?.(p.text, p.path) ?? null);
    setAnyway(false);
    setMessage(p.message);
    setReviewBranch(p.reviewBranch);
    publishing.setDone(null);
    publishing.setError(null);
  };
  const close = () => setPlan(null);
  const blocked = (found?.errors.length ?? 0) > 0 && !anyway;
  const submit = (overwrite = false) => {
    if (!plan || blocked) return;
    const target = review ? reviewBranch.trim() : branch;
    void run({ plan, message, target, review }, overwrite);
  };
  const choices = useUpstreamChoices({
    db,
    draftId,
    conflict,
    onDone: () => {
      setConflict(null);
      close();
    },
    onOpenDraft: props.onOpenDraft,
  });
  const prUrl = done?.review ? pullRequestUrl(repo.connection.url, branch, done.branch) : null;

  const offered = connected || pending || repo.connection.url !== '';
  return (
    <>
      {offered && (
        <button type="button" className="button-primary" onClick={() => void show()}>
          <Send size={16} aria-hidden />
          <span className="button-text">{t('publish.button')}</span>
        </button>
      )}
      {pending && <span className="repo-pending">{t('publish.notPushed')}</span>}
      {changed && !pending && <span className="repo-pending">{t('publish.changedUpstream')}</span>}
      <ModalDialog
        open={plan !== null}
        title={t('publish.title')}
        onClose={close}
        className="repo-dialog"
      >
        {!connected && <p role="alert">{t('publish.notConnected')}</p>}
        {plan && (
          <form
            className="repo-form"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <p className="repo-wide">
              {t('publish.path')}: <code>{plan.path}</code>
            </p>
            <div className="repo-actions repo-wide">
              {t('publish.images')}:{' '}
              {plan.images.length === 0
                ? t('publish.noImages')
                : plan.images.map((p) => <code key={p}>{p}</code>)}
            </div>
            {found && found.errors.length > 0 && (
              <div className="repo-wide ie-errors">
                <p>{t('checks.publishFixFirst')}</p>
                <ul aria-label={t('export.errors')}>
                  {found.errors.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              </div>
            )}
            {found && found.warnings.length > 0 && (
              <ul aria-label={t('export.warnings')} className="repo-wide ie-warnings">
                {found.warnings.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )}
            <label className="repo-field repo-wide">
              <span>{t('publish.message')}</span>
              <input value={message} required onChange={(e) => setMessage(e.target.value)} />
            </label>
            <fieldset className="repo-actions repo-wide">
              <legend>{t('publish.where')}</legend>
              <label>
                <input type="radio" checked={!review} onChange={() => setReview(false)} />
                {t('publish.toBranch', { branch })}
              </label>
              <label>
                <input type="radio" checked={review} onChange={() => setReview(true)} />
                {t('publish.review')}
              </label>
              {review && (
                <label>
                  {t('publish.reviewBranch')}{' '}
                  <input
                    value={reviewBranch}
                    required
                    onChange={(e) => setReviewBranch(e.target.value)}
                  />
                </label>
              )}
            </fieldset>
            <div className="repo-actions">
              <button type="submit" disabled={busy || !connected || blocked}>
                {t('publish.submit')}
              </button>
              {blocked && (
                <button type="button" onClick={() => setAnyway(true)}>
                  {t('checks.publishAnyway')}
                </button>
              )}
              <button type="button" onClick={close}>
                {t('common.close')}
              </button>
            </div>
          </form>
        )}
        <div role="status" className="repo-actions">
          {busy && t('publish.working')}
          {pending && !busy && t('publish.keptHere')}
          {done && t('publish.done', { path: done.path, branch: done.branch })}
          {prUrl && (
            <a href={prUrl} target="_blank" rel="noreferrer">
              {t('publish.openPr')}
            </a>
          )}
          {done?.review && !prUrl && t('publish.branchOnly', { branch: done.branch })}
        </div>
        {error && (
          <p role="alert" className="repo-error">
            {failureText(t, error)}
          </p>
        )}
      </ModalDialog>
      {conflict && (
        <UpstreamDialog
          path={conflict.plan.path}
          mine={conflict.plan.text}
          theirs={conflict.theirs}
          onKeepCopy={() => void choices.keepMine()}
          onUseTheirs={() => void choices.useTheirs()}
          onPublishAnyway={() => {
            setConflict(null);
            submit(true);
          }}
          onClose={() => setConflict(null)}
        />
      )}
    </>
  );
}
