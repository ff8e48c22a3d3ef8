import { useId, useRef, useState } from 'react';
import { useDrawer } from '../../components/use-drawer';
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

/**
 * Returns `Open blog folder`: lists the folder's `_posts/` and `_drafts/` and opens a post from
 * it. Where the browser cannot open folders, the button is disabled and says why.
 */
export function BlogFolderButton({ onOpenFile, onSiteConfig }: BlogFolderProps) {
  const whyId = useId();
  const t = useT();
  const lang = useLang();
  const [posts, setPosts] = useState<FolderPost[] | null>(null);
  const [alert, setAlert] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const listKeys = useDrawer(posts !== null, () => setPosts(null), button);
  const picker = directoryPicker();
  if (!picker) {
    return (
      <span className="ie-folder">
        <button type="button" disabled aria-describedby={whyId}>
          {t('folder.open')}
        </button>
        <span id={whyId} className="ie-hint">
          {t('folder.noApi')}
        </span>
      </span>
    );
  }
  const choose = async () => {
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
    if (read?.ok) onOpenFile(post.path, read.text, post.handle);
    else if (read) setAlert(refusalText(lang, read.refusal));
  };
  return (
    <span className="ie-folder">
      <button type="button" ref={button} onClick={() => void choose()} onKeyDown={listKeys}>
        {t('folder.open')}
      </button>
      {alert && <span role="alert">{alert}</span>}
      {posts && (
        <ul aria-label={t('folder.list')} className="ie-folder-list" onKeyDown={listKeys}>
          {posts.length === 0 && <li>{t('folder.empty')}</li>}
          {posts.map((post) => (
            <li key={post.path}>
              <button type="button" onClick={() => void open(post)}>
                {post.path}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
