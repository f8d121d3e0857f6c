// The privacy promise, checked on what ships: the built extension contains no call that could reach the network
// and no address it could call, beyond the ones listed here with the reason each is harmless.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DIST, TEST_DIST} from '../browser/paths.ts';

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const code = (dist = DIST) => files(dist).filter((path) => /\.(js|html|json)$/.test(path)).map((path) => ({path, text: readFileSync(path, 'utf8')}));

/** Hosts that appear in the bundle as text and are never requested. */
const KNOWN_HOSTS: Record<string, string> = {
  'www.w3.org': 'XML namespace names (SVG, XHTML) in React DOM: identifiers, never fetched',
  'react.dev': 'links in React error messages',
  'tinyurl.com': 'a link inside a Dexie error message',
  'bit.ly': 'a link inside a Dexie error message',
  'calendar.google.com': "the Schedule button navigates the user's own Calendar tab to its event editor",
  'mail.google.com': 'the content script match pattern in the manifest',
};

describe('the built extension', () => {
  it('names no host beyond the known harmless ones', () => {
    const hosts = new Set<string>();
    for (const {text} of code()) {
      for (const match of text.matchAll(/\b(?:https?|wss?|ftp):\/\/([a-z0-9.-]+)/gi)) hosts.add(match[1]!.toLowerCase());
    }
    expect([...hosts].filter((host) => !(host in KNOWN_HOSTS)).sort()).toEqual([]);
  });

  it('calls no network API', () => {
    const calls = code().flatMap(({path, text}) =>
      [...text.matchAll(/\b(fetch\s*\(|new\s+XMLHttpRequest|new\s+WebSocket|new\s+EventSource|sendBeacon\s*\(|importScripts\s*\()/g)]
        .map((match) => `${path.slice(DIST.length)}: ${match[1]}`));
    expect(calls).toEqual([]);
  });

  // The messages only tests send (shared/test-build.ts) stay out of what ships, names and handlers alike. Checked
  // against the test build too, which has them, so the search itself is shown to work. (That the shipped build's
  // shadow roots are closed is checked in the browser, by shipped-build.e2e.ts.)
  it('holds no test-only message or handler', () => {
    const hooks = /commitments\/track|stats\/recordTone|day must be YYYY-MM-DD/g;
    const found = (dist: string) => code(dist).flatMap(({path, text}) => [...text.matchAll(hooks)].map((match) => `${path.slice(dist.length)}: ${match[0]}`));
    expect(found(DIST)).toEqual([]);
    expect(found(TEST_DIST).map((hit) => hit.replace(/^.*: /, '')).sort()).toEqual(expect.arrayContaining([
      'commitments/track', 'day must be YYYY-MM-DD', 'stats/recordTone',
    ]));
  });

  // scripting and the two hosts: to hand tabs already open to a new version after an update (background/reinject.ts).
  // The hosts are the ones the content scripts run on, so the install prompt asks for nothing more.
  it('asks for no permission beyond storage, alarms, notifications and scripting, and no host beyond Gmail and Calendar', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[];
      content_scripts: Array<{matches: string[]}>; content_security_policy?: unknown; commands?: Record<string, unknown>;
    };
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['https://calendar.google.com/*', 'https://mail.google.com/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts.flatMap((script) => script.matches).sort()).toEqual(['https://calendar.google.com/*', 'https://mail.google.com/*']);
    expect(manifest.content_security_policy, 'the default CSP: no remote code').toBeUndefined();
    expect(Object.keys(manifest.commands ?? {})).toEqual(['toggle-hints']);
  });
});
