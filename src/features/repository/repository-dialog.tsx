import { useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../i18n/i18n';
import type { PlumaDb } from '../../storage';
import type { RepoPost } from '../../core/repo-posts';
import { gitFailure, type GitFailure } from '../../core/git-errors';
import { ConnectionForm } from './connection-form';
import type { Connection } from './connection-store';
import { DEFAULT_FOLDERS, mediaFolderOf } from '../../core/repo-posts';
import { RepoPostList } from './repo-post-list';
import { failureText } from './failure-text';
import { openRepoPost } from './open-repo-post';
import type { Repository } from './use-repository';
import './repository.css';

interface RepositoryDialogProps {
  repo: Repository;
  db: PlumaDb | null;
  /** Opens the draft just made from a repository post. */
  onOpenDraft: (id: string) => void;
  /** The media folder of the loaded Decap config, offered until one is chosen here. */
  mediaFolder?: string;
}

/**
 * Returns the command `Repository` (`show`) and its dialog (`view`): the connection form, then
 * the list `Repository posts`, whose Open buttons make a linked draft of a post and open it.
 */
export function useRepositoryDialog(props: RepositoryDialogProps) {
  const { repo, db, onOpenDraft, mediaFolder } = props;
  const t = useT();
  const [open, setOpen] = useState(false);
  const [openError, setOpenError] = useState<GitFailure | null>(null);
  const { state } = repo;
  const error = openError ?? state.error;
  const openPost = async (post: RepoPost) => {
    if (!db) return;
    try {
      const id = await openRepoPost(db, repo, post);
      setOpen(false);
      onOpenDraft(id);
    } catch (err) {
      setOpenError(gitFailure(err));
    }
  };
  const view = (
    <ModalDialog
      open={open}
      title={t('repo.title')}
      onClose={() => setOpen(false)}
      className="repo-dialog"
    >
      <ConnectionForm
        initial={withMediaFolder(repo.connection, mediaFolder)}
        connecting={state.phase === 'connecting'}
        progress={state.progress}
        onConnect={(c) => {
          setOpenError(null);
          void repo.connect(c);
        }}
        onCancel={repo.cancel}
      />
      {error && (
        <p role="alert" className="repo-error">
          {failureText(t, error)}
        </p>
      )}
      {state.phase === 'connected' && (
        <>
          <p className="repo-connected">
            {t('repo.connected', { count: state.posts.length, branch: state.branch })}{' '}
            <button type="button" onClick={() => void repo.pull()}>
              {t('repo.pull')}
            </button>
          </p>
          <RepoPostList posts={state.posts} onOpen={(p) => void openPost(p)} />
        </>
      )}
      <div className="repo-actions">
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
  return { show: () => setOpen(true), view };
}

/** Returns `c` with the config's media folder when the connection still has the default one. */
function withMediaFolder(c: Connection, mediaFolder: string | undefined): Connection {
  if (c.folders.media !== DEFAULT_FOLDERS.media) return c;
  return { ...c, folders: { ...c.folders, media: mediaFolderOf(mediaFolder) } };
}
