import { useState } from 'react';
import type { ReactNode } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { useLang, useT } from '../../i18n/i18n';
import { errorText } from '../../i18n/translate';
import { refusalText } from './refusal-text';
import { siteStore } from '../../state/site-store';
import { directoryPicker, openBlogFolder, readPostFile, readSiteFolder } from './blog-folder';
import type { FolderPost } from './blog-folder';

/** What opening a post from the blog folder hands to the app. */
export interface BlogFolderProps {
  /** Opens a post read from disk; keep `handle` to save back with `saveToHandle`. */
  onOpenFile: (name: string, text: string, handle: FileSystemFileHandle) => void;
  /** Called with the folder's `_config.yml` text (null without one) each time a folder opens. */
  onSiteConfig?: (configText: string | null) => void;
}

/** `Open blog folder`: whether the browser can, the command, and what it shows. */
export interface BlogFolder {
  /** False where the browser cannot open folders. */
  available: boolean;
  choose: () => Promise<void>;
  /** The list of the folder's posts (a dialog named `Blog folder`'s list) and its alert. */
  view: ReactNode;
}

/**
 * Returns `Open blog folder`: choosing a folder lists its `_posts/` and `_drafts/` in a dialog,
 * from which a post opens.
 */
export function useBlogFolder({ onOpenFile, onSiteConfig }: BlogFolderProps): BlogFolder {
  const t = useT();
  const lang = useLang();
  const [posts, setPosts] = useState<FolderPost[] | null>(null);
  const [alert, setAlert] = useState('');
  const picker = directoryPicker();
  const choose = async () => {
    if (!picker) return;
    setAlert('');
    try {
      const folder = await openBlogFolder(picker);
      setPosts(folder.posts);
      onSiteConfig?.(folder.config);
      // The whole site, for the preview with the site's own layouts; read after the list shows.
      void readSiteFolder(folder.root).then(siteStore.set, (err: unknown) =>
        setAlert(t('folder.readFailed', { error: errorText(lang, err) })),
      );
    } catch (err) {
      if (!(err instanceof DOMException && err.name === 'AbortError')) {
        setAlert(t('folder.readFailed', { error: errorText(lang, err) }));
      }
    }
  };
  const open = async (post: FolderPost) => {
    const read = await readPostFile(post).catch((err: unknown) => {
      setAlert(t('folder.fileFailed', { path: post.path, error: errorText(lang, err) }));
      return null;
    });
    if (read?.ok) {
      setPosts(null);
      onOpenFile(post.path, read.text, post.handle);
    } else if (read) setAlert(refusalText(lang, read.refusal));
  };
  const view = (
    <>
      {alert && <span role="alert">{alert}</span>}
      <ModalDialog
        open={posts !== null}
        title={t('folder.title')}
        onClose={() => setPosts(null)}
        className="ie-dialog"
      >
        <ul aria-label={t('folder.list')} className="ie-folder-list">
          {posts?.length === 0 && <li>{t('folder.empty')}</li>}
          {posts?.map((post) => (
            <li key={post.path}>
              <button type="button" onClick={() => void open(post)}>
                {post.path}
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" onClick={() => setPosts(null)}>
            {t('common.close')}
          </button>
        </div>
      </ModalDialog>
    </>
  );
  return { available: picker !== null, choose, view };
}
