import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer in Debian's Chromium, real handlers bound in place of IPC.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
