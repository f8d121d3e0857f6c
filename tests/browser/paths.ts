import {existsSync} from 'node:fs';
import {join} from 'node:path';

export const ROOT = process.cwd();
export const DIST = join(ROOT, 'dist');
/** The end-to-end suite's build (`vite build --mode test`): the shipped code plus the test hooks of shared/test-build.ts. */
export const TEST_DIST = join(ROOT, 'dist-test');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const ARTIFACTS = join(ROOT, 'artifacts');

/** Debian's Chromium. The binary itself, not the /usr/bin wrapper (it adds an empty --load-extension). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}
