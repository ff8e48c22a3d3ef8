import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es', plugins: () => [decodeForWorkers] },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
