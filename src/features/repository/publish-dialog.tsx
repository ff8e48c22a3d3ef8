import { useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { gitFailure, type GitFailure } from '../../core/git-errors';
import { pullRequestUrl } from '../../core/repo-posts';
import type { Collection } from '../../core/schema';
import { useT } from '../../i18n/i18n';
import type { PlumaDb } from '../../storage';
import { failureText } from './failure-text';
import { planPublish, publishRequest, type PublishPlan } from './publish-plan';
import { UpstreamDialog } from './upstream-dialog';
import { useUpstreamChoices, type Conflict } from './use-upstream-choices';
import { saveLink } from './connection-store';
import type { Repository } from './use-repository';

interface PublishDialogProps {
  repo: Repository;
  db: PlumaDb | null;
  draftId: string | null;
  /** The open draft's text as the editor has it now. */
  getText: () => string;
  collection: Collection;
  onOpenDraft: (id: string) => void;
}

type Done = { path: string; branch: string; review: boolean };

/**
 * Returns the `Publish` button and its dialog: the file path, the images, `Commit message`, the
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
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<GitFailure | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const connected = repo.state.phase === 'connected';
  const branch = repo.state.branch;

  const show = async () => {
    const p = await planPublish(
      db,
      draftId,
      props.getText(),
      props.collection,
      repo.connection.folders,
    );
    setPlan(p);
    setMessage(p.message);
    setReviewBranch(p.reviewBranch);
    setDone(null);
    setError(null);
  };
  const close = () => setPlan(null);

  const submit = async (overwrite = false) => {
    if (!plan) return;
    setBusy(true);
    setError(null);
    const target = review ? reviewBranch.trim() : branch;
    try {
      const req = await publishRequest(db, draftId, plan, message, target, overwrite);
      const result = await repo.publish(req);
      if (result.kind === 'conflict') {
        const theirs =
          result.theirs && new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.theirs);
        setConflict({ plan, theirs, theirsBlob: result.theirsBlob, head: result.head });
        return;
      }
      if (draftId && !review)
        saveLink(draftId, { path: plan.path, commit: result.commit, blob: result.blob });
      setDone({ path: plan.path, branch: target, review });
    } catch (err) {
      setError(gitFailure(err));
    } finally {
      setBusy(false);
    }
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

  return (
    <>
      <button type="button" onClick={() => void show()}>
        {t('publish.button')}
      </button>
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
              void submit();
            }}
          >
            <p className="repo-actions">
              {t('publish.path')}: <code>{plan.path}</code>
            </p>
            <div className="repo-actions">
              {t('publish.images')}:{' '}
              {plan.images.length === 0
                ? t('publish.noImages')
                : plan.images.map((p) => <code key={p}>{p}</code>)}
            </div>
            <label className="repo-field repo-actions">
              <span>{t('publish.message')}</span>
              <input value={message} required onChange={(e) => setMessage(e.target.value)} />
            </label>
            <fieldset className="repo-actions">
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
              <button type="submit" disabled={busy || !connected}>
                {t('publish.submit')}
              </button>
              <button type="button" onClick={close}>
                {t('common.close')}
              </button>
            </div>
          </form>
        )}
        <div role="status" className="repo-actions">
          {busy && t('publish.working')}
          {done && t('publish.done', { path: done.path, branch: done.branch })}
          {done?.review && prUrl && (
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
            void submit(true);
          }}
          onClose={() => setConflict(null)}
        />
      )}
    </>
  );
}
