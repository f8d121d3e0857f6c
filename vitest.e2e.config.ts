import {defineConfig} from 'vitest/config';

// End-to-end: one real Chromium per test file, with the built extension (dist/) loaded.
// Files run one after another: the machine has two cores and each file drives a whole browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
