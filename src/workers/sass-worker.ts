/** The Sass worker: compiles a site's stylesheets off the page (see core/site/sass-compile.ts). */
import { compileSiteSass } from '../core/site/sass-compile';
import type { SassReply, SassRequest } from '../core/site/sass-protocol';

interface WorkerScope {
  postMessage(message: SassReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SassRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, ...request } = event.data;
  try {
    scope.postMessage({ id, css: compileSiteSass(request) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
