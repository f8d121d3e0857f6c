// Build the extension into dist/ unless it is newer than every source file. Build output goes to stderr so that
// callers' stdout (for example `npm run bench -- --json`) stays machine-readable.
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** What each build mode writes: the shipped extension, the benchmarks' and the end-to-end suite's (test hooks on). */
const OUT_DIRS = {production: 'dist', bench: 'dist-bench', test: 'dist-test'} as const;

/**
 * Build dist/ (mode 'production'), dist-bench/ (mode 'bench', with the benchmark pages) or dist-test/ (mode 'test',
 * the end-to-end suite's: test-only messages handled, shadow roots open to the tests) when stale.
 */
export function buildIfStale(mode: keyof typeof OUT_DIRS = 'production'): string {
  const outDir = OUT_DIRS[mode];
  const built = join(outDir, 'manifest.json');
  const sources = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json', ...(mode === 'bench' ? ['bench/pages'] : [])];
  if (!existsSync(built) || statSync(built).mtimeMs <= Math.max(...sources.map(newestChange))) {
    // NODE_ENV as a shipped build has it: under vitest it is "test", which would bundle React's development build.
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', mode, '--logLevel', 'warn'], {
      stdio: ['ignore', 2, 2], env: {...process.env, NODE_ENV: 'production'},
    });
  }
  return join(process.cwd(), outDir);
}
