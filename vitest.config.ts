import {defineConfig} from 'vitest/config';

// Unit tests: pure code in Node; DOM code opts into jsdom per file with `// @vitest-environment jsdom`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Speed is measured by `npm run bench`, not by timeouts: on a loaded 2-core machine a property test of 300 runs
    // or a lint run of the boundaries can pass 5 s. A hang still fails, at 30 s.
    testTimeout: 30_000,
  },
});
