// The git layer in Node against the real test server (git http-backend), in a temp folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'isomorphic-git/http/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GIT_TOKEN,
  GIT_USER,
  PROTECTED_PREFIX,
  commitToBare,
  git,
  startGitServer,
  type GitServer,
} from '../../../e2e/support/git-server.mjs';
import { SITE_DIR } from '../../../fixtures/paths.mjs';
import { gitFailure } from '../../core/git-errors';
import { DEFAULT_FOLDERS, sortRepoPosts } from '../../core/repo-posts';
import { cloneRepo, listRepoPosts, readRepoFile, type GitEnv, type GitRemote } from './git-repo';
import { publishPost, type PublishRequest } from './git-publish';
import { errorData, gitOps } from './git-ops';

const POST = '_posts/2019-04-05-declaracion-alertadores.markdown';
const author = { name: 'Ana Escritora', email: 'ana@example.org' };
let server: GitServer;
let env: GitEnv;
let remote: GitRemote;
let dir: string;

beforeEach(async () => {
  server = await startGitServer();
  dir = mkdtempSync(path.join(tmpdir(), 'pluma-clone-'));
  env = { fs, http, dir };
  remote = { url: server.url, branch: '', corsProxy: '', username: GIT_USER, token: GIT_TOKEN };
});
afterEach(async () => {
  await server.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const bare = (...args: string[]) => git(server.bareDir, args);
const fixtureBytes = (p: string) => new Uint8Array(readFileSync(path.join(SITE_DIR, p)));
const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);
const retitled = (text: string) =>
  text.replace("title: 'Declaración para protección de alertadores'", "title: 'Alertadores'");

async function request(over: Partial<PublishRequest> = {}): Promise<PublishRequest> {
  const { head } = await cloneRepo(env, remote);
  const { bytes, blob } = await readRepoFile(env, head, POST);
  return {
    path: POST,
    bytes: new TextEncoder().encode(retitled(utf8(bytes))),
    baseBlob: blob,
    images: [],
    message: 'Update: Alertadores',
    targetBranch: 'main',
    ...over,
  };
}

describe('clone, list and read', () => {
  it('clones the whole history and lists every post and draft with its front-matter title', async () => {
    const progress: string[] = [];
    const { branch, head } = await cloneRepo(env, remote, {
      onProgress: (p) => progress.push(p.phase),
    });
    expect(branch).toBe('main');
    expect(head).toBe(bare('rev-parse', 'main').trim());
    expect(progress.length).toBeGreaterThan(0);
    const posts = sortRepoPosts(await listRepoPosts(env, head, DEFAULT_FOLDERS));
    expect(posts.map((p) => p.path)).toEqual([
      '_posts/2019-06-13-Guatemala-elige.markdown',
      '_posts/2019-06-12-brasilgate.markdown',
      '_drafts/levanta-la-mano-por-el-futuro.markdown',
      '_posts/2019-05-03-construyendo-transparencia-panama.markdown',
      '_posts/2019-04-10-100-dias-bolsonaro.markdown',
      POST,
    ]);
    expect(posts[0].title).toBe('Guatemala elige sin oferta política');
    expect(posts[2].draft).toBe(true);
  });

  it('reads a file byte for byte with the blob id git gives it', async () => {
    const { head } = await cloneRepo(env, remote);
    const { bytes, blob } = await readRepoFile(env, head, POST);
    expect(bytes).toEqual(fixtureBytes(POST));
    expect(blob).toBe(bare('rev-parse', `main:${POST}`).trim());
  });

  it('is refused with a 401 for a wrong token', async () => {
    const wrong = { ...remote, token: 'wrong' };
    await expect(cloneRepo(env, wrong)).rejects.toMatchObject({
      code: 'HttpError',
      data: { statusCode: 401 },
    });
  });

  it('stops a repository larger than the limit', async () => {
    await expect(cloneRepo(env, remote, { maxBytes: 4096 })).rejects.toMatchObject({
      code: 'RepositoryTooLargeError',
    });
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(cloneRepo(env, remote, { signal: abort.signal })).rejects.toMatchObject({
      code: 'GitCanceledError',
    });
  });
});

describe('publish', () => {
  it('pushes one commit whose diff is the title line, by the configured author', async () => {
    const before = bare('rev-parse', 'main').trim();
    const result = await publishPost(env, remote, author, 'main', await request());
    expect(result.kind).toBe('published');
    expect(bare('rev-list', `${before}..main`).trim().split('\n')).toHaveLength(1);
    expect(bare('log', '-1', '--format=%an <%ae>|%s', 'main').trim()).toBe(
      'Ana Escritora <ana@example.org>|Update: Alertadores',
    );
    const diff = bare('diff', '--unified=0', before, 'main');
    const changed = diff.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual([
      "-title: 'Declaración para protección de alertadores'",
      "+title: 'Alertadores'",
    ]);
  });

  it('pushes nothing when the post changed upstream since it was opened', async () => {
    const req = await request();
    const theirs = utf8(fixtureBytes(POST)).replace('categories: Proyecto', 'categories: Otro');
    const upstream = commitToBare(server.bareDir, POST, theirs);
    const result = await publishPost(env, remote, author, 'main', req);
    expect(result.kind).toBe('conflict');
    if (result.kind === 'conflict') expect(utf8(result.theirs!)).toBe(theirs);
    expect(bare('rev-parse', 'main').trim()).toBe(upstream);
  });

  it('publishes over their change only when asked, on top of their commit', async () => {
    const req = await request({ overwrite: true });
    const upstream = commitToBare(server.bareDir, POST, 'theirs\n');
    const result = await publishPost(env, remote, author, 'main', req);
    expect(result.kind).toBe('published');
    expect(bare('rev-parse', 'main^').trim()).toBe(upstream);
    expect(bare('show', `main:${POST}`)).toBe(utf8(req.bytes));
  });

  it('commits on top of a change to another file and keeps both', async () => {
    const req = await request();
    const upstream = commitToBare(server.bareDir, '_config.yml', 'title: Otro\n');
    const result = await publishPost(env, remote, author, 'main', req);
    expect(result.kind).toBe('published');
    expect(bare('rev-parse', 'main^').trim()).toBe(upstream);
    expect(bare('show', 'main:_config.yml')).toBe('title: Otro\n');
    expect(bare('show', `main:${POST}`)).toBe(utf8(req.bytes));
  });

  it('moves a renamed post and adds its images in the same commit', async () => {
    const moved = '_posts/2019-04-06-declaracion-alertadores.markdown';
    const image = { path: 'assets/images/2019/04/foto.png', bytes: new Uint8Array([137, 80]) };
    const req = await request({ path: moved, oldPath: POST, images: [image] });
    await publishPost(env, remote, author, 'main', req);
    const files = bare('show', '--no-renames', '--name-status', '--format=', 'main')
      .trim()
      .split('\n');
    expect(files.sort()).toEqual(
      ['A\tassets/images/2019/04/foto.png', `A\t${moved}`, `D\t${POST}`].sort(),
    );
  });

  it('pushes a review branch and leaves the branch as it was', async () => {
    const before = bare('rev-parse', 'main').trim();
    await publishPost(env, remote, author, 'main', await request({ targetBranch: 'pluma/a' }));
    expect(bare('rev-parse', 'main').trim()).toBe(before);
    expect(bare('rev-parse', 'pluma/a^').trim()).toBe(before);
  });

  it('reports a push the server refuses (a protected branch) with its reason', async () => {
    const before = bare('rev-parse', 'main').trim();
    const req = await request({ targetBranch: `${PROTECTED_PREFIX}main` });
    const failure = await publishPost(env, remote, author, 'main', req).catch((e) => e);
    expect(failure).toMatchObject({ code: 'GitPushError' });
    expect(gitFailure(failure).kind).toBe('refused');
    expect(gitFailure(failure).detail).toContain('pre-receive hook declined');
    expect(bare('branch', '--list')).not.toContain(PROTECTED_PREFIX);
    expect(bare('rev-parse', 'main').trim()).toBe(before);
  });

  it('is a network failure when the server is down, and publishes once it is back', async () => {
    const req = await request();
    await server.stop();
    const failure = await publishPost(env, remote, author, 'main', req).catch((e) => e);
    expect(gitFailure(failure).kind).toBe('network');
    await server.restart();
    expect((await publishPost(env, remote, author, 'main', req)).kind).toBe('published');
  });
});

describe('the operations the git worker runs', () => {
  it('resumes the kept clone offline, and pull fast-forwards it to the remote', async () => {
    const { head } = await gitOps.clone(env, [remote], {});
    expect(await gitOps.resume(env, [''])).toEqual({ branch: 'main', head });
    const upstream = commitToBare(server.bareDir, '_posts/2019-07-01-nuevo.md', '---\n---\n');
    expect(await gitOps.pull(env, [remote, 'main'], {})).toBe(upstream);
    expect((await gitOps.resume(env, ['main'])).head).toBe(upstream);
    const posts = await gitOps.list(env, [upstream, DEFAULT_FOLDERS]);
    expect(posts[0].path).toBe('_posts/2019-07-01-nuevo.md');
  });

  it('sends errors across as data that keeps their code and status', async () => {
    const err = await cloneRepo(env, { ...remote, token: 'wrong-secret-123' }).catch(
      (e: unknown) => e,
    );
    const data = structuredClone(errorData(err));
    expect(gitFailure(data).kind).toBe('auth');
    expect(JSON.stringify(data)).not.toContain('wrong-secret-123');
  });
});
