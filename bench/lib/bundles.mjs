/**
 * Builds what the bench runs: the app's production build, the Node bundle of the renderer and
 * the page bundle of the storage module, all under bench/.out/ (the repo's dist/ is left alone,
 * as e2e runs may be serving it).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export const OUT = path.resolve('bench/.out');
export const APP_DIR = path.join(OUT, 'app');
/** Where the page bundle lands inside the served app, and the URL it is imported from. */
export const PAGE_BUNDLE_URL = '/__bench/page.js';
/** The URL of the bundle of the editor alone (bench/entries/editor-alone.mjs), beside it. */
export const EDITOR_ALONE_URL = '/__bench/editor-alone.js';
/** An empty page of the app's origin (its storage, without the app running), for seeding. */
export const BLANK_PAGE_URL = '/__bench/blank.html';
export const VITE_BIN = path.resolve('node_modules/vite/bin/vite.js');

/**
 * Runs a bench entry point's `main`: a failure is printed with `tag` and sets the exit code, and
 * bench/.out goes afterwards either way (unless BENCH_KEEP_OUT is set): the bundles are rebuilt
 * on every run, and leaving them would only feed linters and editors.
 */
export function runBenchMain(tag, main) {
  main()
    .catch((err) => {
      process.stderr.write(`[${tag}] failed: ${err?.stack ?? err}\n`);
      process.exitCode = 1;
    })
    .finally(() => {
      if (!process.env.BENCH_KEEP_OUT) rmSync(OUT, { recursive: true, force: true });
    });
}

/** Runs `vite build` (the project's own config) into bench/.out/app; throws on failure. */
export function buildApp() {
  const r = spawnSync(
    process.execPath,
    [VITE_BIN, 'build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'warn'],
    { encoding: 'utf8' },
  );
  // The project's build warnings are the build's business; print them only when it fails.
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`vite build failed (exit ${r.status})`);
  }
}

/** Bundles bench/entries/node.mjs for Node; returns the path of the module to import. */
export async function buildNodeBundle() {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'error',
    build: {
      ssr: path.resolve('bench/entries/node.mjs'),
      outDir: path.join(OUT, 'node'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'render.mjs' } },
    },
  });
  return path.join(OUT, 'node', 'render.mjs');
}

/**
 * Bundles bench/entries/page.mjs and bench/entries/editor-alone.mjs for the browser into the
 * served app (after buildApp), beside an empty page to import them from.
 */
export async function buildPageBundle() {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'error',
    // A library build leaves process.env alone; React picks its production build by it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(APP_DIR, '__bench'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: {
          page: path.resolve('bench/entries/page.mjs'),
          'editor-alone': path.resolve('bench/entries/editor-alone.mjs'),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
  });
  const blank = '<!doctype html><html lang="en"><title>Bench</title><body></body></html>\n';
  writeFileSync(path.join(APP_DIR, BLANK_PAGE_URL), blank);
}
