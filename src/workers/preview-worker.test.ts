// The preview worker run in Node on a stand-in `self`: the site's code loads with the first
// site sent, and what the page sends meanwhile is handled after it, in the order sent.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test, vi } from 'vitest';
import { shownOf } from '../core/fuzz/properties';
import type { WorkerReply, WorkerRequest } from '../core/render/worker-protocol';
import { forgetKeptPreview, readKeptOnNewPage } from '../features/preview/preview-snapshot.fixture';

let send: (message: WorkerRequest) => void = () => {};
let replies: WorkerReply[] = [];
/** Whether the worker loaded its site part (preview-site.ts). */
let siteCodeLoaded = false;
/** Lets the raw HTML parser's module (core/render/raw-html.ts) finish loading. */
let releaseRawHtml: () => void = () => {};

beforeEach(async () => {
  replies = [];
  siteCodeLoaded = false;
  vi.resetModules();
  vi.doMock('./preview-site', async (importOriginal) => {
    siteCodeLoaded = true;
    return importOriginal();
  });
  const rawHtmlGate = new Promise<void>((resolve) => (releaseRawHtml = resolve));
  vi.doMock('../core/render/raw-html', async (importOriginal) => {
    await rawHtmlGate;
    return importOriginal();
  });
  vi.stubGlobal('self', {
    postMessage: (reply: WorkerReply) => replies.push(reply),
    addEventListener: (_type: string, listener: (event: { data: WorkerRequest }) => void) => {
      send = (data) => listener({ data });
    },
  });
  await import('./preview-worker');
  return () => {
    vi.doUnmock('./preview-site');
    vi.doUnmock('../core/render/raw-html');
    vi.unstubAllGlobals();
  };
});

const SITE: [string, string][] = [
  ['_config.yml', 'title: Mi blog\n'],
  ['_layouts/post.html', '<article class="post">{{ content }}</article>\n'],
];
const PAGE = { path: '_posts/2020-01-02-hola.md', data: { layout: 'post', title: 'Hola' } };

/** Resolves once `count` replies came (the site's code loads asynchronously). */
async function repliesOf(count: number): Promise<WorkerReply[]> {
  await vi.waitFor(() => expect(replies.length).toBeGreaterThanOrEqual(count));
  return replies;
}

const htmlOf = (reply: WorkerReply | undefined) =>
  reply?.type === 'rendered' ? reply.blocks.map((b) => b.html).join('') : '';

test('without a site it renders at once, with no site code', async () => {
  send({ type: 'render', seq: 1, siteUrl: '', body: 'Hola {{ site.title }}\n' });
  expect(replies).toHaveLength(1);
  expect(replies[0]).toMatchObject({ type: 'rendered', seq: 1 });
  // The Liquid is shown as written (the built-in placeholders), not run.
  expect(htmlOf(replies[0])).not.toContain('Mi blog');
  await Promise.resolve();
  expect(siteCodeLoaded).toBe(false);
});

test("messages sent while the site's code loads are handled after it, in order", async () => {
  send({ type: 'site', files: SITE });
  send({ type: 'page', seq: 1, ...PAGE });
  send({ type: 'render', seq: 2, siteUrl: '', body: 'Hola desde {{ site.title }}.\n' });
  send({ type: 'page', seq: 3, ...PAGE });
  // Nothing is handled before the site's code came.
  expect(replies).toHaveLength(0);
  const [first, second, third] = await repliesOf(3);
  expect(siteCodeLoaded).toBe(true);
  expect(first).toMatchObject({ type: 'page', seq: 1 });
  expect(second).toMatchObject({ type: 'rendered', seq: 2 });
  // The body's Liquid ran with the site sent before it.
  expect(htmlOf(second)).toContain('Hola desde Mi blog.');
  expect(third).toMatchObject({ type: 'page', seq: 3 });
  expect(third?.type === 'page' && third.html).toContain('<article class="post">');
  // Later messages are handled at once: the code has loaded.
  send({ type: 'site', files: null });
  send({ type: 'render', seq: 4, siteUrl: '', body: 'Hola desde {{ site.title }}.\n' });
  expect(replies).toHaveLength(4);
  expect(htmlOf(replies[3])).not.toContain('Mi blog');
});

test('a body without raw HTML renders at once, while the raw HTML parser still loads', async () => {
  const { hasRawParser } = await import('../core/render/pipeline');
  send({ type: 'render', seq: 1, siteUrl: '', body: 'Uno < dos, sin *marcas* de HTML.\n' });
  expect(hasRawParser()).toBe(false);
  expect(replies).toHaveLength(1);
  expect(htmlOf(replies[0])).toContain('<em>marcas</em>');
});

test('a body with raw HTML waits for its parser, and what is sent meanwhile waits behind it', async () => {
  const { hasRawParser } = await import('../core/render/pipeline');
  const body = 'Uno <kbd>tres</kbd>.\n\nFin.\n';
  send({ type: 'render', seq: 1, siteUrl: '', body });
  // An edit of that body: it needs the first render's body as its base.
  const edit = { from: body.length - 5, to: body.length - 2, insert: 'Final', base: 1 };
  send({ type: 'render', seq: 2, siteUrl: '', edit: { ...edit, length: body.length + 2 } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(replies).toHaveLength(0);
  releaseRawHtml();
  const [first, second] = await repliesOf(2);
  expect(hasRawParser()).toBe(true);
  expect(first).toMatchObject({ type: 'rendered', seq: 1 });
  expect(htmlOf(first)).toContain('<kbd>tres</kbd>');
  expect(second).toMatchObject({ type: 'rendered', seq: 2 });
  expect(second?.type === 'rendered' && second.blocks.map((b) => b.html).join('')).toContain(
    'Final.',
  );
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits out what the workers of earlier tests keep, then empties the kept preview. */
async function noKeptPreview() {
  await wait(700);
  await forgetKeptPreview();
}

test("once still after a render, the worker keeps its blocks as the next start's preview", async () => {
  await noKeptPreview();
  const { BUILD } = await import('../core/render/preview-snapshot');
  send({ type: 'render', seq: 1, siteUrl: 'https://blog.example', body: 'Uno.\n\n## Dos\n' });
  send({ type: 'render', seq: 2, siteUrl: 'https://blog.example', body: 'Uno.\n\n## Tres\n' });
  const [, second] = await repliesOf(2);
  // Still for less than the pause: nothing kept yet.
  await wait(200);
  expect(await readKeptOnNewPage()).toBeNull();
  await vi.waitFor(async () => expect(await readKeptOnNewPage()).not.toBeNull(), {
    timeout: 3_000,
  });
  const kept = await readKeptOnNewPage();
  expect(kept).toMatchObject({
    build: BUILD,
    siteUrl: 'https://blog.example',
    body: 'Uno.\n\n## Tres\n',
    contextFree: second?.type === 'rendered' && second.contextFree,
  });
  // The blocks of that body, as a full render gives them, field by field.
  const full = shownOf('Uno.\n\n## Tres\n', { siteUrl: 'https://blog.example' });
  const fields = (b: { key: string; html: string; from: number; to: number; kind: string }) => [
    b.key,
    b.html,
    b.from,
    b.to,
    b.kind,
  ];
  expect(kept?.blocks.map(fields)).toEqual(full.blocks.map(fields));
  expect(kept?.blocks.at(-1)?.html).toContain('Tres');
});

test('with the site rendering, nothing is kept', async () => {
  await noKeptPreview();
  send({ type: 'site', files: SITE });
  send({ type: 'render', seq: 1, siteUrl: '', body: 'Hola desde {{ site.title }}.\n' });
  await repliesOf(1);
  await wait(900);
  expect(await readKeptOnNewPage()).toBeNull();
});

test('a render of the body already kept is not stored again', async () => {
  await noKeptPreview();
  const body = 'Uno.\n\n## Dos\n';
  send({ type: 'render', seq: 1, siteUrl: '', body });
  await vi.waitFor(async () => expect((await readKeptOnNewPage())?.body).toBe(body), {
    timeout: 3_000,
  });
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  // Rendered afresh (as after the site is dropped), the same body gives the same blocks.
  send({ type: 'site', files: null });
  send({ type: 'render', seq: 2, siteUrl: '', body });
  await repliesOf(2);
  await wait(900);
  expect(put).not.toHaveBeenCalled();
  send({ type: 'render', seq: 3, siteUrl: '', body: `${body}\nTres.\n` });
  await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1), { timeout: 3_000 });
  put.mockRestore();
});
