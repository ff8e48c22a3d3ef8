/**
 * `npm run demo`: the app (Vite, http://127.0.0.1:5173) and the test git server with the fixture
 * blog (http://127.0.0.1:8174/blog.git), so a newcomer can connect and publish with no account
 * anywhere. What is published stays in a temporary bare repository until Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GIT_BRANCH, GIT_TOKEN, GIT_USER, startGitServer } from './git-server.mjs';

const APP = 'http://127.0.0.1:5173';
const server = await startGitServer({
  port: Number(process.env.PLUMA_GIT_PORT ?? 8174),
  origin: APP,
});
console.log(`
Pluma demo
  app:             ${APP}/?lang=en
  Repository URL:  ${server.url}   (branch ${GIT_BRANCH})
  Username:        ${GIT_USER}
  Token:           ${GIT_TOKEN}
  bare repository: ${server.bareDir}   (see what you published: git --git-dir ... log -p)
`);
// Vite itself, not through npx, so that stopping it stops the server.
const viteBin = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const vite = spawn(
  process.execPath,
  [viteBin, '--host', '127.0.0.1', '--port', '5173', '--strictPort'],
  {
    stdio: 'inherit',
  },
);
const quit = async () => {
  vite.kill('SIGTERM');
  await server.dispose();
  process.exit(0);
};
process.on('SIGINT', quit);
process.on('SIGTERM', quit);
vite.on('exit', () => void server.dispose().then(() => process.exit(0)));
