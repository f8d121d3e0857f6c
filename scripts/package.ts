// `npm run package`: versioned zips for the Chrome Web Store and Firefox Add-ons in packages/, reproducibly (the
// same input gives the same bytes: files in sorted order, one fixed timestamp, fixed compression), without source
// maps. Prints each zip's size and SHA-256.
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {zipSync, type Zippable} from 'fflate';
import {buildIfStale} from '../tests/browser/build.ts';
import {buildFirefox} from './build-firefox.ts';

const FIXED_TIME = new Date('2020-01-01T00:00:00Z');
const OUT = join(process.cwd(), 'packages');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function zipFolder(folder: string): Uint8Array {
  const entries: Zippable = {};
  for (const path of filesUnder(folder)) {
    if (path.endsWith('.map')) continue;
    entries[relative(folder, path).split(sep).join('/')] = [readFileSync(path), {mtime: FIXED_TIME, level: 9}];
  }
  return zipSync(entries);
}

export function packageAll(): Array<{name: string; bytes: number; sha256: string}> {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}).version;
  mkdirSync(OUT, {recursive: true});
  const builds = {chrome: buildIfStale(), firefox: buildFirefox()};
  return Object.entries(builds).map(([browser, folder]) => {
    const zip = zipFolder(folder);
    const name = `rapport-${browser}-${version}.zip`;
    writeFileSync(join(OUT, name), zip);
    return {name, bytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex')};
  });
}

if (process.argv[1]?.endsWith('package.ts')) {
  for (const {name, bytes, sha256} of packageAll()) {
    console.info(`packages/${name}  ${(bytes / 1024).toFixed(1)} kB  sha256 ${sha256}`);
  }
}
