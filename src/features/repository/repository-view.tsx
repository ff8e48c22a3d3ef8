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

interface RepositoryViewProps {
  repo: Repository;
  db: PlumaDb | null;
  onOpenDraft: (id: string) => void;
  mediaFolder?: string;
  /** Why the last post could not be opened, kept while the dialog is closed, and its setter. */
  openError: GitFailure | null;
  setOpenError: (error: GitFailure | null) => void;
  open: boolean;
  onClose: () => void;
}

/** Returns the Repository dialog (see `useRepositoryDialog`), loaded when it first opens. */
export function RepositoryView(props: RepositoryViewProps) {
  const { repo, db, onOpenDraft, mediaFolder, openError, setOpenError, open, onClose } = props;
  const t = useT();
  const { state } = repo;
  const error = openError ?? state.error;
  const openPost = async (post: RepoPost) => {
    if (!db) return;
    try {
      const id = await openRepoPost(db, repo, post);
      onClose();
      onOpenDraft(id);
    } catch (err) {
      setOpenError(gitFailure(err));
    }
  };
  return (
    <ModalDialog open={open} title={t('repo.title')} onClose={onClose} className="repo-dialog">
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
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

/** Returns `c` with the config's media folder when the connection still has the default one. */
function withMediaFolder(c: Connection, mediaFolder: string | undefined): Connection {
  if (c.folders.media !== DEFAULT_FOLDERS.media) return c;
  return { ...c, folders: { ...c.folders, media: mediaFolderOf(mediaFolder) } };
}
