// @vitest-environment jsdom
import {beforeEach, describe, expect, it, vi} from 'vitest';

// The extension's runtime as a content script sees it: an id while connected, none once the extension is reloaded.
const runtime: {id: string | undefined} = {id: 'rapport-test'};
vi.mock('webextension-polyfill', () => ({default: {runtime}}));
const {claimPage} = await import('./takeover.ts');

describe('claimPage', () => {
  beforeEach(() => {
    runtime.id = 'rapport-test';
    document.body.innerHTML = '<div class="M9"><rapport-compose-panel></rapport-compose-panel></div><rapport-toast></rapport-toast><p>mail</p>';
  });

  it('stops an older copy, with its UI, when a newer one claims the page; the newer one keeps running', () => {
    const older = new AbortController();
    claimPage('gmail', older);
    expect(older.signal.aborted).toBe(false);
    const newer = new AbortController();
    claimPage('gmail', newer);
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    expect(document.querySelectorAll('rapport-compose-panel, rapport-toast')).toHaveLength(0);
    expect(document.querySelector('p')!.textContent).toBe('mail');
  });

  it('stops itself, leaving the page as it found it, when its extension is gone and nobody replaced it', () => {
    const lifetime = new AbortController();
    const stillAlive = claimPage('gmail', lifetime);
    expect(stillAlive()).toBe(true);
    runtime.id = undefined;
    expect(stillAlive()).toBe(false);
    expect(lifetime.signal.aborted).toBe(true);
    expect(document.querySelectorAll('rapport-compose-panel, rapport-toast')).toHaveLength(0);
  });
});
