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

/** Build dist/ (mode 'production') or dist-bench/ (mode 'bench', with the benchmark pages) when stale. */
export function buildIfStale(mode: 'production' | 'bench' = 'production'): string {
  const outDir = mode === 'bench' ? 'dist-bench' : 'dist';
  const built = join(outDir, 'manifest.json');
  const sources = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json', ...(mode === 'bench' ? ['bench/pages'] : [])];
  if (!existsSync(built) || statSync(built).mtimeMs <= Math.max(...sources.map(newestChange))) {
    // Without vitest's NODE_ENV=test, which vite would keep and which makes React bundle its development build
    // (with addresses in its warnings that tests/e2e/bundle-privacy.e2e.ts rightly refuses): the same build as `npm run build`.
    const {NODE_ENV: _vitestMode, ...env} = process.env;
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', mode, '--logLevel', 'warn'], {stdio: ['ignore', 2, 2], env});
  }
  return join(process.cwd(), outDir);
}
