import {defineConfig} from 'vitest/config';

// Unit tests: pure code in Node; DOM code opts into jsdom per file with `// @vitest-environment jsdom`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
