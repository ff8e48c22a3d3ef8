/** The blog's folder on disk, where the browser has the File System Access API (Chromium). */
import { checkImportBytes } from '../../core/import-check';
import type { ImportCheck } from '../../core/import-check';
import { fileBytes } from '../../components/download';
import { SiteBudget, isSiteFolder, siteFileKind } from '../../core/site/site-source';
import type { SiteSource } from '../../state/site-store';

/** A post file found in the blog folder. */
export interface FolderPost {
  /** `_posts/2016-06-03-slug.md` or `_drafts/slug.md`. */
  path: string;
  handle: FileSystemFileHandle;
}

/** What Pluma reads of the blog folder: its post files and the site's `_config.yml`. */
export interface BlogFolder {
  posts: FolderPost[];
  /** The text of `_config.yml`, or null when the folder has none (or an unreadable one). */
  config: string | null;
  /** The folder itself, to read the whole site from (see `readSiteFolder`). */
  root: FileSystemDirectoryHandle;
}

type DirectoryPicker = (options?: {
  mode?: 'read' | 'readwrite';
}) => Promise<FileSystemDirectoryHandle>;
type Listable = FileSystemDirectoryHandle & {
  values(): AsyncIterable<FileSystemFileHandle | FileSystemDirectoryHandle>;
};

const POST_FILE = /\.(md|markdown|mkdn|mkd|txt|html)$/i;

/** Returns the browser's directory picker, or null where it has none (Firefox, Safari). */
export function directoryPicker(): DirectoryPicker | null {
  const picker = (window as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(window) : null;
}

/**
 * Asks for the blog's folder and returns the post files of its `_posts/` and `_drafts/`
 * (sorted by path, newest post names last) and its `_config.yml`. Rejects when the person
 * cancels.
 */
export async function openBlogFolder(picker: DirectoryPicker): Promise<BlogFolder> {
  const root = await picker({ mode: 'readwrite' });
  const posts: FolderPost[] = [];
  for (const folder of ['_posts', '_drafts']) {
    const dir = await root.getDirectoryHandle(folder).catch(() => null);
    if (!dir) continue;
    for await (const entry of (dir as Listable).values()) {
      if (entry.kind === 'file' && POST_FILE.test(entry.name)) {
        posts.push({ path: `${folder}/${entry.name}`, handle: entry });
      }
    }
  }
  posts.sort((a, b) => a.path.localeCompare(b.path));
  return { posts, config: await readConfig(root), root };
}

/** Returns the text of the folder's `_config.yml`, or null without a readable one. */
async function readConfig(root: FileSystemDirectoryHandle): Promise<string | null> {
  try {
    const file = await (await root.getFileHandle('_config.yml')).getFile();
    // A site config is a few kilobytes; anything huge is not one.
    return file.size > 1_000_000 ? null : await file.text();
  } catch {
    return null;
  }
}

/**
 * Returns the site in the blog folder for the preview: its templates, config, data, posts and
 * stylesheets as text, its images and fonts as files (read when shown). Skips build output
 * and dependencies; stops, marked truncated, at the size limits of site-source.ts.
 */
export async function readSiteFolder(root: FileSystemDirectoryHandle): Promise<SiteSource> {
  const text = new Map<string, string>();
  const assets = new Map<string, Blob>();
  const budget = new SiteBudget();
  let truncated = false;
  const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
    for await (const entry of (dir as Listable).values()) {
      if (truncated) return;
      const path = `${prefix}${entry.name}`;
      if (entry.kind === 'directory') {
        if (isSiteFolder(path)) await walk(entry as FileSystemDirectoryHandle, `${path}/`);
        continue;
      }
      const file = await (entry as FileSystemFileHandle).getFile().catch(() => null);
      const kind = file ? siteFileKind(path, file.size) : null;
      if (!file || !kind) continue;
      if (!budget.take(file.size)) {
        truncated = true;
        return;
      }
      if (kind === 'asset') assets.set(path, file);
      else text.set(path, await file.text());
    }
  };
  await walk(root, '');
  return { origin: 'folder', name: root.name, text, assets, truncated };
}

/** Returns the text of a post file on disk, checked as an import is. */
export async function readPostFile(post: FolderPost): Promise<ImportCheck> {
  return checkImportBytes(post.path, await fileBytes(await post.handle.getFile()));
}

/** Writes `text` (UTF-8, byte for byte) over the file behind `handle`. Touches the disk. */
export async function saveToHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(new TextEncoder().encode(text));
  } finally {
    await writable.close();
  }
}
