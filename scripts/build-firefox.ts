// `npm run build:firefox`: the same extension for Firefox, in dist-firefox/. Built from the Chrome build rather than
// through crxjs's Firefox mode (which crashes on a manifest with only a service worker, see BUILD.md): the code is
// the same; only the manifest differs. Firefox's MV3 runs the background as an event page ("scripts"), needs a
// gecko id, and has no use for Chrome's "use_dynamic_url" or "minimum_chrome_version".
import {cpSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {buildIfStale} from '../tests/browser/build.ts';

export const FIREFOX_DIST = join(process.cwd(), 'dist-firefox');
/** The Firefox version of the test build, for the end-to-end suite (tests/browser/build.ts). */
export const FIREFOX_TEST_DIST = join(process.cwd(), 'dist-firefox-test');
export const GECKO_ID = 'rapport@rapport.example';

type Manifest = Record<string, unknown> & {
  background: {service_worker?: string; scripts?: string[]; type?: string};
  web_accessible_resources?: Array<Record<string, unknown>>;
};

export function firefoxManifest(chrome: Manifest): Manifest {
  const {minimum_chrome_version: _minimum, ...rest} = chrome;
  return {
    ...rest,
    background: {scripts: [chrome.background.service_worker!], type: 'module'},
    web_accessible_resources: chrome.web_accessible_resources?.map(({use_dynamic_url: _dynamic, ...resource}) => resource),
    // Rapport collects nothing: Firefox's own declaration of that.
    browser_specific_settings: {gecko: {id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: {required: ['none']}}},
  };
}

/** The production build by default (what the package holds); 'test' for the end-to-end suite. */
export function buildFirefox(mode: 'production' | 'test' = 'production'): string {
  const chromeDist = buildIfStale(mode);
  const out = mode === 'test' ? FIREFOX_TEST_DIST : FIREFOX_DIST;
  rmSync(out, {recursive: true, force: true});
  cpSync(chromeDist, out, {recursive: true});
  const manifest = JSON.parse(readFileSync(join(chromeDist, 'manifest.json'), 'utf8')) as Manifest;
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(firefoxManifest(manifest), null, 2)}\n`);
  return out;
}

if (process.argv[1]?.endsWith('build-firefox.ts')) {
  console.info(`Firefox build: ${buildFirefox()}`);
}
