// The long fuzz run's vitest config: `vitest run --config src/core/fuzz/vitest.fuzz.config.mjs`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['src/core/fuzz/run-fuzz.ts', 'src/core/fuzz/run-typing-kinds.ts'],
    environment: 'node',
    testTimeout: 60 * 60 * 1000,
  },
});
