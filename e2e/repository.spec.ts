import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from './support/fixtures';
import { stubExternalNetwork } from './support/offline-network';
import {
  GIT_TOKEN,
  GIT_USER,
  commitToBare,
  git,
  startGitServer,
  type GitServer,
} from './support/git-server.mjs';
import { menuCommand } from './support/menu';

// Publishing to a real git server (git http-backend) from the built app, as a person would.
const test = base.extend<{ server: GitServer }>({
  server: async ({ baseURL }, provide) => {
    const server = await startGitServer({ origin: new URL(baseURL!).origin });
    await provide(server);
    await server.dispose();
  },
});

// README's pictures of the repository, written there with PLUMA_SCREENSHOTS=1 (as screenshots.spec.ts).
const shots = process.env.PLUMA_SCREENSHOTS
  ? path.resolve('e2e/screenshots')
  : path.resolve('test-results/screenshots');

test.beforeEach(async ({ page }) => {
  await stubExternalNetwork(page);
  await page.setViewportSize({ width: 1440, height: 900 });
});

const POST = '_posts/2019-04-05-declaracion-alertadores.markdown';
const TITLE = 'Declaración para protección de alertadores';

async function connect(page: Page, server: GitServer, token = GIT_TOKEN) {
  const dialog = page.getByRole('dialog', { name: 'Repository' });
  if (!(await dialog.isVisible())) await menuCommand(page, 'File', 'Repository');
  await dialog.getByLabel('Repository URL').fill(server.url);
  await dialog.getByLabel('Username').fill(GIT_USER);
  await dialog.getByLabel('Token').fill(token);
  await dialog.getByLabel('Author name').fill('Ana Escritora');
  await dialog.getByLabel('Author email').fill('ana@example.org');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  return dialog;
}

async function openPost(page: Page, server: GitServer) {
  await page.goto('/?lang=en');
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toBeVisible();
  const dialog = await connect(page, server);
  const list = dialog.getByRole('list', { name: 'Repository posts' });
  await expect(list.getByRole('listitem')).toHaveCount(6);
  await dialog.getByRole('button', { name: `Open ${TITLE}` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish' });
  await expect(dialog.getByText(POST)).toBeVisible();
  await dialog.getByRole('button', { name: 'Commit and push' }).click();
  return dialog;
}

const head = (server: GitServer) => git(server.bareDir, ['rev-parse', 'main']).trim();

/** Pushes their change to the open post (its category) straight to the bare repository. */
function pushTheirs(server: GitServer) {
  const text = git(server.bareDir, ['show', `main:${POST}`]);
  return commitToBare(server.bareDir, POST, text.replace('Proyecto', 'Actualidad'));
}

/** Opens the post, pushes their change, retitles it and publishes: the conflict dialog. */
async function publishIntoConflict(page: Page, server: GitServer) {
  await openPost(page, server);
  const upstream = pushTheirs(server);
  await page.getByLabel('Title', { exact: true }).fill('Alertadores protegidos');
  await publish(page);
  const conflict = page.getByRole('dialog', { name: 'Changed in the repository' });
  return { upstream, conflict };
}

test('connect (a wrong token first), list, open, retitle and publish one commit of one line', async ({
  page,
  server,
}) => {
  await page.goto('/?lang=en');
  const dialog = await connect(page, server, 'not-the-token');
  await expect(dialog.getByRole('alert')).toContainText('refused the username or token');

  await connect(page, server);
  const list = dialog.getByRole('list', { name: 'Repository posts' });
  await expect(list.getByRole('listitem')).toHaveCount(6);
  // Newest first, titles from the front matter.
  await expect(list.getByRole('listitem').first()).toContainText('Guatemala elige sin oferta');
  await dialog.getByRole('searchbox', { name: 'Search repository posts' }).fill('alertadores');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: `Open ${TITLE}` }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);

  const before = head(server);
  await page.getByLabel('Title', { exact: true }).fill('Alertadores protegidos');
  const publishDialog = await publish(page);
  await expect(publishDialog.getByLabel('Commit message')).toHaveValue(
    'Update: Alertadores protegidos',
  );
  await expect(publishDialog.getByRole('status')).toContainText('Published');

  expect(
    git(server.bareDir, ['rev-list', `${before}..main`])
      .trim()
      .split('\n'),
  ).toHaveLength(1);
  expect(git(server.bareDir, ['log', '-1', '--format=%an <%ae>|%s', 'main']).trim()).toBe(
    'Ana Escritora <ana@example.org>|Update: Alertadores protegidos',
  );
  const patch = git(server.bareDir, ['log', '-1', '-p', '--format=', '--unified=0', 'main']);
  expect(patch.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([
    `-title: '${TITLE}'`,
    "+title: 'Alertadores protegidos'",
  ]);
});

test('a change to the same file pushed after opening: the conflict dialog, nothing pushed; then publish anyway', async ({
  page,
  server,
}) => {
  const { upstream, conflict } = await publishIntoConflict(page, server);
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Keep mine as a copy' })).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Use theirs' })).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Publish mine anyway' })).toBeVisible();
  expect(head(server)).toBe(upstream);

  // Publishing anyway commits on top of theirs, never by force.
  await conflict.getByRole('button', { name: 'Publish mine anyway' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish' });
  await expect(dialog.getByRole('status')).toContainText('Published');
  expect(git(server.bareDir, ['rev-parse', 'main^']).trim()).toBe(upstream);
  expect(git(server.bareDir, ['show', `main:${POST}`])).toContain(
    "title: 'Alertadores protegidos'",
  );
});

test('a change to another file pushed after opening: the publish goes on top of it', async ({
  page,
  server,
}) => {
  await openPost(page, server);
  const upstream = commitToBare(server.bareDir, '_config.yml', 'title: Otro blog\n');
  await page.getByLabel('Title', { exact: true }).fill('Alertadores protegidos');
  const dialog = await publish(page);
  await expect(dialog.getByRole('status')).toContainText('Published');
  expect(git(server.bareDir, ['rev-parse', 'main^']).trim()).toBe(upstream);
  expect(git(server.bareDir, ['show', 'main:_config.yml'])).toBe('title: Otro blog\n');
  expect(git(server.bareDir, ['show', `main:${POST}`])).toContain(
    "title: 'Alertadores protegidos'",
  );
});

test('publish to a new branch for review: the branch is pushed, the base branch stays', async ({
  page,
  server,
}) => {
  mkdirSync(shots, { recursive: true });
  await page.goto('/?lang=en');
  const repoDialog = await connect(page, server);
  await expect(repoDialog.getByRole('list', { name: 'Repository posts' })).toBeVisible();
  await repoDialog.screenshot({ path: path.join(shots, 'repository-posts.png') });
  await repoDialog.getByRole('button', { name: `Open ${TITLE}` }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
  await page.getByLabel('Title', { exact: true }).fill('Alertadores protegidos');
  const before = head(server);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish' });
  await dialog.getByRole('radio', { name: 'New branch for review' }).check();
  await expect(dialog.getByLabel('Review branch')).toHaveValue('pluma/alertadores-protegidos');
  await dialog.screenshot({ path: path.join(shots, 'publish-dialog.png') });
  await dialog.getByRole('button', { name: 'Commit and push' }).click();
  await expect(dialog.getByRole('status')).toContainText('Published');
  // A host other than GitHub or GitLab: the branch name, to open the request by hand.
  await expect(dialog.getByRole('status')).toContainText(
    'from branch pluma/alertadores-protegidos',
  );
  expect(head(server)).toBe(before);
  const branch = ['rev-parse', 'pluma/alertadores-protegidos^'];
  expect(git(server.bareDir, branch).trim()).toBe(before);
});

test('publish with the server down: "Not pushed yet", then pushed once it is back', async ({
  page,
  server,
}) => {
  await openPost(page, server);
  const before = head(server);
  await server.stop();
  await page.getByLabel('Title', { exact: true }).fill('Alertadores protegidos');
  const dialog = await publish(page);
  await expect(dialog.getByRole('status')).toContainText('Not pushed yet');
  await expect(dialog.getByRole('alert')).toContainText('CORS proxy');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('Not pushed yet', { exact: true })).toBeVisible();
  expect(head(server)).toBe(before);

  await server.restart();
  await expect(page.getByText('Not pushed yet', { exact: true })).toBeHidden({ timeout: 20_000 });
  expect(git(server.bareDir, ['rev-parse', 'main^']).trim()).toBe(before);
  expect(git(server.bareDir, ['show', `main:${POST}`])).toContain(
    "title: 'Alertadores protegidos'",
  );
});

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mO8+Q8AAr8B3qQxW6wAAAAASUVORK5CYII=',
  'base64',
);

test('an image dropped into the post is in the commit at the path the post references', async ({
  page,
  server,
}) => {
  await openPost(page, server);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'Markdown' });
  const line = editor.locator('.cm-line').last();
  await line.click();
  const box = (await line.boundingBox())!;
  await editor.evaluate(
    (target, { bytes, x, y }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'Foto.png', { type: 'image/png' }));
      const drop = { dataTransfer: data, clientX: x, clientY: y, bubbles: true, cancelable: true };
      target.dispatchEvent(new DragEvent('drop', drop));
    },
    { bytes: [...PNG], x: box.x + box.width - 2, y: box.y + box.height / 2 },
  );
  const image = 'assets/images/2019/04/foto.png';
  await expect(editor).toContainText(`![Foto](/${image})`);
  const dialog = await publish(page);
  await expect(dialog.getByText(image)).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Published');
  const files = git(server.bareDir, ['show', '--name-status', '--format=', 'main']);
  expect(files.trim().split('\n').sort()).toEqual([`A\t${image}`, `M\t${POST}`]);
  const stored = execFileSync('git', ['--git-dir', server.bareDir, 'show', `main:${image}`]);
  expect(stored.equals(PNG)).toBe(true);
  expect(git(server.bareDir, ['show', `main:${POST}`])).toContain(`![Foto](/${image})`);
});

test('Update from repository lists new posts and flags the open post changed upstream', async ({
  page,
  server,
}) => {
  await openPost(page, server);
  const flag = page.getByText('Changed in the repository since you opened it');
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeVisible();
  await expect(flag).toBeHidden();
  pushTheirs(server);
  commitToBare(server.bareDir, '_posts/2019-07-01-nuevo.md', "---\ntitle: 'Nuevo'\n---\nHola\n");
  await menuCommand(page, 'File', 'Repository');
  const dialog = page.getByRole('dialog', { name: 'Repository' });
  await dialog.getByRole('button', { name: 'Update from repository' }).click();
  const list = dialog.getByRole('list', { name: 'Repository posts' });
  await expect(list.getByRole('listitem')).toHaveCount(7);
  await expect(list.getByRole('listitem').first()).toContainText('Nuevo');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(flag).toBeVisible();
});

test('"Use theirs" opens their version, linked to their blob, which then publishes on top', async ({
  page,
  server,
}) => {
  const { upstream, conflict } = await publishIntoConflict(page, server);
  await expect(conflict.getByRole('region', { name: 'In the repository' })).toContainText(
    'categories: Actualidad',
  );
  await conflict.getByRole('button', { name: 'Use theirs' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
  await expect(page.getByRole('textbox', { name: 'Markdown' })).toContainText(
    'categories: Actualidad',
  );
  expect(head(server)).toBe(upstream);

  // Their version, linked to their blob, now publishes without a conflict.
  await page.getByLabel('Title', { exact: true }).fill('Alertadores protegidos');
  const dialog = await publish(page);
  await expect(dialog.getByRole('status')).toContainText('Published');
  expect(git(server.bareDir, ['rev-parse', 'main^']).trim()).toBe(upstream);
  const published = git(server.bareDir, ['show', `main:${POST}`]);
  expect(published).toContain('categories: Actualidad');
  expect(published).toContain("title: 'Alertadores protegidos'");
});
