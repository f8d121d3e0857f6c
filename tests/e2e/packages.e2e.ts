// The store packages: reproducible (same input, same bytes), no source maps or tests, and a Firefox manifest that
// Firefox's MV3 accepts (web-ext lint runs in `npm test`).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {unzipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {DIST} from '../browser/paths.ts';
import {firefoxManifest, GECKO_ID} from '../../scripts/build-firefox.ts';
import {zipFolder} from '../../scripts/package.ts';

describe('store packages', () => {
  it('zip the same build to the same bytes, without source maps or tests', () => {
    const first = zipFolder(DIST);
    expect(Buffer.from(zipFolder(DIST)).equals(Buffer.from(first))).toBe(true);
    const names = Object.keys(unzipSync(first));
    expect(names).toContain('manifest.json');
    expect(names.filter((name) => name.endsWith('.map') || name.includes('test') || name.startsWith('tests/'))).toEqual([]);
  });

  it('give Firefox an event-page background, a gecko id and no Chrome-only keys', () => {
    const chrome = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    const firefox = firefoxManifest(chrome);
    expect(firefox.background).toEqual({scripts: [chrome.background.service_worker], type: 'module'});
    expect(firefox).toMatchObject({browser_specific_settings: {gecko: {id: GECKO_ID, data_collection_permissions: {required: ['none']}}}});
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(JSON.stringify(firefox.web_accessible_resources)).not.toContain('use_dynamic_url');
    expect(firefox.permissions).toEqual(chrome.permissions);
  });
});
