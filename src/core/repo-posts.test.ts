import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../fixtures/paths.mjs';
import {
  decodeRepoText,
  DEFAULT_FOLDERS,
  defaultCommitMessage,
  isPostPath,
  mediaFolderOf,
  publishPath,
  pullRequestUrl,
  repoPost,
  reviewBranchName,
  searchRepoPosts,
  sortRepoPosts,
  type RepoPost,
} from './repo-posts';
import { parsePost } from './post';
import { defaultPostsCollection } from './schema';

const POST = '_posts/2019-04-05-declaracion-alertadores.markdown';
const text = readFileSync(path.join(SITE_DIR, POST), 'utf8');
const entry = (p: string, date: string, title = p): RepoPost => ({
  path: p,
  blob: '0'.repeat(40),
  title,
  date,
  draft: false,
});

describe('repository posts', () => {
  it('knows post files of the posts and drafts folders only', () => {
    expect(isPostPath(POST, DEFAULT_FOLDERS)).toBe(true);
    expect(isPostPath('_drafts/idea.md', DEFAULT_FOLDERS)).toBe(true);
    expect(isPostPath('_posts/sub/x.md', DEFAULT_FOLDERS)).toBe(false);
    expect(isPostPath('_posts/foto.png', DEFAULT_FOLDERS)).toBe(false);
    expect(isPostPath('about.md', DEFAULT_FOLDERS)).toBe(false);
  });

  it('reads title and date as written from a real post, broken date tail included', () => {
    const p = repoPost(POST, 'abc', text, DEFAULT_FOLDERS);
    expect(p.title).toBe('Declaración para protección de alertadores');
    expect(p.date).toBe('2019-04-05 12:00:00 -0300)');
    expect(p.draft).toBe(false);
  });

  it('falls back to the file name and its day without front matter', () => {
    const p = repoPost('_posts/2020-1-2-hola.md', 'abc', 'Hola\n', DEFAULT_FOLDERS);
    expect(p).toMatchObject({ title: '2020-1-2-hola.md', date: '2020-01-02' });
  });

  it('sorts newest first by the written date, undated last', () => {
    const sorted = sortRepoPosts([
      entry('a', ''),
      entry('b', '2019-04-05 12:00:00 -0300)'),
      entry('c', '2019-04-05 18:00:00 -0300'),
      entry('d', '2020-01-01'),
    ]);
    expect(sorted.map((p) => p.path)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('searches titles and paths without accents or case', () => {
    const posts = [entry('x', '', 'Declaración de Panamá'), entry('y', '', 'Otro')];
    expect(searchRepoPosts(posts, 'declaracion PANAMA').map((p) => p.path)).toEqual(['x']);
    expect(searchRepoPosts(posts, '  ')).toHaveLength(2);
  });
});

describe('publishing', () => {
  const data = parsePost(text).data;

  it('keeps the path of an opened post when its title changes', () => {
    const retitled = { ...data, title: 'Otro título' };
    expect(publishPath(POST, retitled, defaultPostsCollection, DEFAULT_FOLDERS)).toBe(POST);
  });

  it('moves an opened post whose date changed, keeping slug and extension', () => {
    const moved = { ...data, date: '2019-04-06 12:00:00 -0300' };
    expect(publishPath(POST, moved, defaultPostsCollection, DEFAULT_FOLDERS)).toBe(
      '_posts/2019-04-06-declaracion-alertadores.markdown',
    );
  });

  it('names a new post as Export does', () => {
    expect(publishPath(null, data, defaultPostsCollection, DEFAULT_FOLDERS)).toBe(
      '_posts/2019-04-05-declaracion-para-proteccion-de-alertadores.md',
    );
    expect(publishPath(null, { title: 'Idea' }, defaultPostsCollection, DEFAULT_FOLDERS)).toBe(
      '_drafts/idea.md',
    );
  });

  it('proposes messages and review branches', () => {
    expect(defaultCommitMessage('Hola', true)).toBe('Publish: Hola');
    expect(defaultCommitMessage('Hola', false)).toBe('Update: Hola');
    expect(reviewBranchName('¡Levanta la mano!')).toBe('pluma/levanta-la-mano');
  });

  it('links to a pull request on GitHub and GitLab, nothing elsewhere', () => {
    expect(pullRequestUrl('https://github.com/o/blog.git', 'main', 'pluma/x')).toBe(
      'https://github.com/o/blog/compare/main...pluma/x?quick_pull=1',
    );
    expect(pullRequestUrl('https://gitlab.com/g/blog', 'main', 'pluma/x')).toBe(
      'https://gitlab.com/g/blog/-/merge_requests/new?merge_request%5Bsource_branch%5D=pluma%2Fx',
    );
    expect(pullRequestUrl('http://127.0.0.1:9/blog.git', 'main', 'pluma/x')).toBeNull();
  });
});

describe('mediaFolderOf', () => {
  it('takes the fixed part of a Decap media_folder, else assets/images', () => {
    expect(mediaFolderOf('static/img')).toBe('static/img');
    expect(mediaFolderOf('/uploads/{{year}}/{{month}}/')).toBe('uploads');
    expect(mediaFolderOf(defaultPostsCollection.media_folder)).toBe('assets/images');
    expect(mediaFolderOf(undefined)).toBe('assets/images');
  });
});

describe('decodeRepoText', () => {
  it('decodes UTF-8 byte for byte, keeping a BOM and CRLF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('ñ\r\n')]);
    expect(decodeRepoText(bytes)).toBe('\ufeffñ\r\n');
  });
});
