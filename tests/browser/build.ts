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

export function buildIfStale(): void {
  const built = join('dist', 'manifest.json');
  const sources = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json'];
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newestChange))) return;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {stdio: ['ignore', 2, 2]});
}
