/**
 * A real git server for the tests and the demo: git's own `git http-backend` (smart HTTP, bare
 * repositories) behind a small Node HTTP server that adds CORS headers for the app's origin and
 * Basic auth with one test token (401 without it). It binds to 127.0.0.1 only.
 *
 * At start it makes a bare repository `blog.git` from the fixture blog (fixtures/site/...) with
 * one commit by a fixed author, so every run starts from the same history. What is pushed stays
 * in the bare repository, which the tests read with plain `git`.
 *
 * Plain JavaScript so that Vitest, Playwright and `npm run demo` share it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SITE_DIR } from '../../fixtures/paths.mjs';

/** The account the server accepts. */
export const GIT_USER = 'pluma';
/** The token the server accepts for GIT_USER. */
export const GIT_TOKEN = 'test-token-4e1f';
/** The fixture blog's branch. */
export const GIT_BRANCH = 'main';

const FIXED_AUTHOR = {
  GIT_AUTHOR_NAME: 'Fixture Blog',
  GIT_AUTHOR_EMAIL: 'fixture@example.org',
  GIT_AUTHOR_DATE: '2019-06-14T12:00:00-03:00',
  GIT_COMMITTER_NAME: 'Fixture Blog',
  GIT_COMMITTER_EMAIL: 'fixture@example.org',
  GIT_COMMITTER_DATE: '2019-06-14T12:00:00-03:00',
};

/** The branch prefix the server refuses pushes to. */
export const PROTECTED_PREFIX = 'protected/';

const PROTECT_HOOK = `#!/bin/sh
while read old new ref; do
  case "$ref" in
    refs/heads/${PROTECTED_PREFIX}*) echo "$ref is protected: open a pull request instead"; exit 1 ;;
  esac
done
`;

/** Returns git's output for `args` run in `cwd` (throws on failure). */
export function git(cwd, args, env = {}) {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...FIXED_AUTHOR, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, ...env },
    encoding: 'utf8',
  });
}

/** Makes `root/blog.git`, a bare repository holding `siteDir` (the fixture blog) in one commit. */
function makeBareRepository(root, siteDir) {
  const work = path.join(root, 'seed');
  cpSync(siteDir, work, { recursive: true });
  git(work, ['init', '-q', '-b', GIT_BRANCH]);
  git(work, ['add', '-A']);
  git(work, ['commit', '-q', '-m', 'The blog as of June 2019']);
  const bare = path.join(root, 'blog.git');
  git(root, ['clone', '-q', '--bare', work, bare]);
  git(bare, ['config', 'http.receivepack', 'true']);
  // Branches under protected/ refuse every push, as a host's branch protection does.
  const hook = path.join(bare, 'hooks', 'pre-receive');
  writeFileSync(hook, PROTECT_HOOK, { mode: 0o755 });
  rmSync(work, { recursive: true, force: true });
  return bare;
}

/**
 * Commits `text` at `file` straight into the bare repository `bareDir` (as another writer's push
 * would), by a fixed author; returns the new commit's id.
 */
export function commitToBare(bareDir, file, text, message = `Edit ${file}`) {
  const work = mkdtempSync(path.join(tmpdir(), 'pluma-git-work-'));
  try {
    git(work, ['clone', '-q', bareDir, '.']);
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    writeFileSync(path.join(work, file), text);
    git(work, ['add', '--', file]);
    git(work, ['commit', '-q', '-m', message], { GIT_AUTHOR_NAME: 'Other Writer' });
    git(work, ['push', '-q', 'origin', `HEAD:${GIT_BRANCH}`]);
    return git(work, ['rev-parse', 'HEAD']).trim();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Returns whether the request carries GIT_USER:GIT_TOKEN as Basic auth. */
function authorized(req) {
  const header = req.headers.authorization ?? '';
  const expected = 'Basic ' + Buffer.from(`${GIT_USER}:${GIT_TOKEN}`).toString('base64');
  return header === expected;
}

function corsHeaders(req, origin) {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers':
      req.headers['access-control-request-headers'] ?? 'authorization, content-type, git-protocol',
    'Access-Control-Expose-Headers': 'content-type, www-authenticate',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** Runs `git http-backend` for one request, as CGI, and streams its answer back. */
function backend(req, res, projectRoot, cors) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_PROJECT_ROOT: projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method,
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      HTTP_GIT_PROTOCOL: req.headers['git-protocol'] ?? '',
      REMOTE_USER: GIT_USER,
      REMOTE_ADDR: '127.0.0.1',
    },
  });
  req.pipe(child.stdin);
  let head = Buffer.alloc(0);
  let headersDone = false;
  child.stdout.on('data', (chunk) => {
    if (headersDone) return void res.write(chunk);
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    headersDone = true;
    const headers = { ...cors };
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    res.write(head.subarray(end + 4));
  });
  child.stdout.on('end', () => {
    if (!headersDone) res.writeHead(502, cors);
    res.end();
  });
  child.stderr.resume();
}

/**
 * Starts the server on 127.0.0.1 (port 0 picks a free one) with a fresh bare repository of
 * `siteDir` (by default the fixture blog).
 * Returns its repository URL, the bare repository's folder, and stop()/restart() (restart
 * listens again on the same port with the same repository, for "server down" tests).
 */
export async function startGitServer({ port = 0, origin = '*', siteDir = SITE_DIR } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'pluma-git-'));
  const bareDir = makeBareRepository(root, siteDir);
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    const cors = corsHeaders(req, origin);
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (!authorized(req)) {
      req.resume();
      res.writeHead(401, { ...cors, 'WWW-Authenticate': 'Basic realm="pluma-test"' });
      return void res.end('Authentication required\n');
    }
    backend(req, res, root, cors);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = (p) => new Promise((resolve) => server.listen(p, '127.0.0.1', resolve));
  await listen(port);
  const actualPort = server.address().port;
  const stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  return {
    url: `http://127.0.0.1:${actualPort}/blog.git`,
    port: actualPort,
    bareDir,
    stop,
    restart: () => listen(actualPort),
    /** Stops the server and deletes its repository. */
    dispose: async () => {
      if (server.listening) await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
