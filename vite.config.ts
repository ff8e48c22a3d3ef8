import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { IndexHtmlTransformContext, Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The browser build of decode-named-character-reference decodes through `document`, which a
// worker does not have; the worker gets its plain build (a lookup table) instead.
const decodeForWorkers = {
  name: 'pluma-worker-decoder',
  enforce: 'pre' as const,
  resolveId: (id: string) =>
    id === 'decode-named-character-reference'
      ? fileURLToPath(
          new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
        )
      : null,
};

/**
 * The built app's Content Security Policy: scripts and workers only from the app itself, no
 * eval, no plugins, no <base>. Styles may be inline (CodeMirror injects its own) and, like
 * images, come from the blog's hosts, since the preview shows the post with the blog's
 * stylesheet. Connections go to the app itself and to the blog's git repository: any https
 * host (the person names it), and plain http only on this computer (a local git server or CORS
 * proxy). Dev mode goes without it: Vite's hot reload injects inline script.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline' http: https:",
  "img-src 'self' http: https: data: blob:",
  "media-src 'self' http: https: data: blob:",
  "font-src 'self' http: https: data:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "manifest-src 'self'",
].join('; ');

const cspMeta = {
  name: 'pluma-csp',
  apply: 'build' as const,
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
      injectTo: 'head-prepend' as const,
    },
  ],
};

// gray-matter's default engines (js-yaml and an eval-based JavaScript engine) are never used by
// the adapter in src/core/front-matter.ts; the bundle gets a stub that refuses instead.
const grayMatterEngines = {
  name: 'pluma-gray-matter-engines',
  enforce: 'pre' as const,
  resolveId: (id: string, importer?: string) =>
    /[\\/]engines(\.js)?$/.test(id) && importer && /gray-matter[\\/]/.test(importer)
      ? fileURLToPath(new URL('./src/core/gray-matter-engines.ts', import.meta.url))
      : null,
};

/**
 * Dart Sass (compiled by dart2js) builds a few tiny functions with `new self.Function(args,
 * body)`, which the CSP forbids (no eval). The bodies are string literals in its own source, so
 * they are written out here as plain function expressions at build time: the same functions,
 * without eval at run time. The build fails if one is left (a Sass update that adds another).
 */
const FUNCTION_CONSTRUCTOR =
  /new self\.Function\(((?:\s*"[^"\\]*"\s*,)*)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)/g;
const sassWithoutEval = {
  name: 'pluma-sass-without-eval',
  transform(code: string, id: string) {
    if (!/[\\/]sass[\\/]sass\.dart\.js$/.test(id)) return null;
    // Reading a string literal of the dependency's source, at build time in Node.
    const literal = (text: string) => new Function(`return ${text};`)() as string;
    const out = code.replace(FUNCTION_CONSTRUCTOR, (_all, params: string, body: string) => {
      const names = params
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map(literal);
      return `(function (${names.join(', ')}) {\n${literal(body)}\n})`;
    });
    if (out.includes('new self.Function')) {
      throw new Error('sass.dart.js builds a function from a string this plugin does not know');
    }
    return { code: out, map: null };
  },
};

/**
 * src/boot.ts is an entry of its own, whose script the page runs before the app's: Vite joins
 * all of index.html's module scripts into one entry, which runs only once every module it
 * imports has come, whereas this one asks for the messages and the drafts' database while
 * React and CodeMirror still load.
 */
const BOOT = fileURLToPath(new URL('./src/boot.ts', import.meta.url));
const bootScript = {
  name: 'pluma-boot-script',
  config: () => ({
    build: {
      rollupOptions: {
        input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), boot: BOOT },
      },
    },
  }),
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: IndexHtmlTransformContext) {
      const chunk = Object.values(ctx.bundle ?? {}).find(
        (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId === BOOT,
      );
      const src = chunk ? `/${chunk.fileName}` : '/src/boot.ts';
      const tag = `<script type="module" crossorigin src="${src}"></script>\n    `;
      return html.replace('<script type="module"', `${tag}<script type="module"`);
    },
  },
};

// Offline use and installation: a service worker precaches the built app (the preview worker
// included), registered from a file, not inline, so the CSP holds.
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script',
  includeAssets: ['icon.svg'],
  manifest: {
    name: 'Pluma — editor de entradas',
    short_name: 'Pluma',
    description: 'Editor de entradas Markdown para un blog Jekyll, con vista previa en vivo.',
    lang: 'es',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1d4e89',
    background_color: '#f6f7f9',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // The Sass compiler (3 MB) is only for sites with Sass: cached when first used, not up front.
    globIgnores: ['**/sass-worker-*.js'],
    runtimeCaching: [
      {
        urlPattern: /\/assets\/sass-worker-[\w-]+\.js$/,
        handler: 'CacheFirst' as const,
        options: { cacheName: 'pluma-sass' },
      },
    ],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

/** The modules of the editor's core: CodeMirror's view, state and language support, Lezer's trees. */
const EDITOR_CORE =
  /\/node_modules\/(@codemirror\/(view|state|language)|@lezer\/(common|highlight))\//;

/**
 * V8's explicit compile hint for the chunks that hold the editor's core (one or two, as the
 * bundler splits them): they compile whole while they stream in, off the page's thread, instead
 * of each function on the page's thread when first called, which for most of them is the first
 * key the person types (about 140 functions compiled inside that key: 6.7 ms). Early probe, 12
 * opens a side: first key 20.1 -> 16.9 ms at 742 words and 22.9 -> 18.8 at 5,000; cold loads
 * unchanged (editor ready 364.5 / 370.5 ms, preview 786 / 781.5 medians).
 */
function compileWhole(chunk: Rolldown.RenderedChunk): string {
  return chunk.moduleIds.some((id) => EDITOR_CORE.test(id)) ? '//# allFunctionsCalledOnLoad' : '';
}

/**
 * The build's identity for what one start keeps for the next (core/render/preview-snapshot.ts: a
 * preview is shown from it only when rendered by the same code): a hash of the app's sources,
 * this build's settings and its locked dependencies. Any change to them changes it.
 */
function buildHash(): string {
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(`${root}src`, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`)
    .sort();
  // The build's own settings (the worker's plugins among them) and the locked dependencies.
  const settings = ['vite.config.ts', 'tsconfig.json', 'tsconfig.app.json', 'package-lock.json'];
  for (const file of [...files, ...settings.map((name) => `${root}${name}`)]) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  define: { PLUMA_BUILD: JSON.stringify(buildHash()) },
  plugins: [react(), cspMeta, grayMatterEngines, bootScript, pwa],
  worker: {
    format: 'es',
    plugins: () => [decodeForWorkers, grayMatterEngines, sassWithoutEval],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { postBanner: compileWhole } },
  },
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // frame-ancestors only works as a header; the rest repeats the meta tag.
    headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'none'` },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'lint/**/*.test.ts'],
    environment: 'node',
    // The page loads one language's messages at a time; the tests use both.
    setupFiles: ['src/i18n/messages.fixture.ts'],
    testTimeout: 60_000,
  },
});
