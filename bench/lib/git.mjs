/**
 * Git figures (issue 12), in Node over loopback against the test git server (git http-backend):
 * the time to clone the fixture blog and a generated 2,000-post blog (full history, no
 * checkout), and the time to publish one post (fetch, commit on the head, push).
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'isomorphic-git/http/node';
import { GIT_TOKEN, GIT_USER, startGitServer } from '../../e2e/support/git-server.mjs';
import { BLOG_DIR, SITE_DIR } from '../../fixtures/paths.mjs';
import { median } from './stats.mjs';

const POST = '_posts/2019-04-05-declaracion-alertadores.markdown';

/** Makes a copy of the fixture blog with `count` more posts made of the blog's real ones. */
export function generatedSite(count) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pluma-bench-site-'));
  cpSync(SITE_DIR, dir, { recursive: true });
  const real = readdirSync(BLOG_DIR).map((f) => readFileSync(path.join(BLOG_DIR, f)));
  mkdirSync(path.join(dir, '_posts'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    // A line of its own makes every post a distinct blob, as a real blog's are.
    const text = Buffer.concat([real[i % real.length], Buffer.from(`\n<!-- entrada ${i} -->\n`)]);
    writeFileSync(path.join(dir, '_posts', `${day}-entrada-${i}.md`), text);
  }
  return dir;
}

/** The test git server as the git layer's remote (its default branch, the test account). */
function remoteOf(server) {
  return { url: server.url, branch: '', corsProxy: '', username: GIT_USER, token: GIT_TOKEN };
}

async function timeClones(gitOps, siteDir, runs) {
  const server = await startGitServer({ siteDir });
  const remote = remoteOf(server);
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(path.join(tmpdir(), 'pluma-bench-clone-'));
      const t0 = performance.now();
      await gitOps.clone({ fs, http, dir }, [remote], {});
      times.push(performance.now() - t0);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await server.dispose();
  }
  return median(times);
}

async function timePublishes(gitOps, runs) {
  const server = await startGitServer();
  const remote = remoteOf(server);
  const dir = mkdtempSync(path.join(tmpdir(), 'pluma-bench-clone-'));
  const env = { fs, http, dir };
  const times = [];
  try {
    let { head } = await gitOps.clone(env, [remote], {});
    for (let i = 0; i < runs; i++) {
      const { bytes, blob } = await gitOps.read(env, [head, POST]);
      const text = new TextDecoder().decode(bytes).replace(/^title: .*$/m, `title: 'Prueba ${i}'`);
      const req = {
        path: POST,
        bytes: new TextEncoder().encode(text),
        baseBlob: blob,
        images: [],
        message: `Update: Prueba ${i}`,
        targetBranch: 'main',
      };
      const author = { name: 'Bench', email: 'bench@example.org' };
      const t0 = performance.now();
      const result = await gitOps.publish(env, [remote, author, 'main', req], {});
      times.push(performance.now() - t0);
      if (result.kind !== 'published') throw new Error(`publish ${i}: ${result.kind}`);
      head = result.commit;
    }
  } finally {
    await server.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  return median(times);
}

/** Returns the git figures, ms (medians). */
export async function benchGit(gitOps, { posts = 2_000 } = {}) {
  const site = generatedSite(posts);
  try {
    return {
      cloneFixtureMs: await timeClones(gitOps, SITE_DIR, 3),
      cloneGeneratedMs: await timeClones(gitOps, site, 3),
      generatedPosts: posts,
      publishMs: await timePublishes(gitOps, 5),
    };
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}
