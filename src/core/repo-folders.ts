/** A blog repository's folders and file texts: the part of `repo-posts.ts` that reads no YAML. */

/** The folders of a blog that Pluma reads posts from and writes images to. */
export interface RepoFolders {
  posts: string;
  drafts: string;
  media: string;
}

/**
 * Returns the media folder a Decap `media_folder` names (its fixed part, before any `{{…}}`
 * placeholder), or the default `assets/images` without one.
 */
export function mediaFolderOf(mediaFolder: string | undefined): string {
  const fixed = (mediaFolder ?? '').split('{{')[0].replace(/^\/+|\/+$/g, '');
  return fixed || DEFAULT_FOLDERS.media;
}

/** The defaults of a Jekyll blog. */
export const DEFAULT_FOLDERS: RepoFolders = {
  posts: '_posts',
  drafts: '_drafts',
  media: 'assets/images',
};

/** Returns the text of a file's bytes as UTF-8, byte for byte: a BOM stays in the text. */
export function decodeRepoText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
