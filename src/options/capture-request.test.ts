import {describe, expect, it, vi} from 'vitest';
import type {Tabs} from 'webextension-polyfill';

vi.mock('webextension-polyfill', () => ({default: {tabs: {}}}));
const {captureFileName, captureRecentTab} = await import('./capture-request.ts');

type FakeTab = {id: number; lastAccessed?: number; discarded?: boolean; answer?: unknown};

function tabsApi(tabs: FakeTab[], ownId = 99) {
  const asked: number[] = [];
  return {
    asked,
    api: {
      getCurrent: async () => ({id: ownId}) as Tabs.Tab,
      query: async () => tabs.map(({answer: _answer, ...tab}) => ({...tab, index: 0, highlighted: false, active: false, pinned: false, incognito: false})) as Tabs.Tab[],
      sendMessage: async (id: number) => {
        asked.push(id);
        const tab = tabs.find((candidate) => candidate.id === id);
        if (tab?.answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
        return tab.answer;
      },
    },
  };
}

const gmailReply = {ok: true, site: 'gmail', view: 'compose-popup', html: '<!doctype html>', capturedAt: 0};
const calendarReply = {ok: true, site: 'calendar', view: 'week', html: '<!doctype html>', capturedAt: 0};

describe('finding the tab to capture', () => {
  it('asks tabs from the most recently used, skipping its own, and takes the first Rapport tab that answers', async () => {
    const {api, asked} = tabsApi([
      {id: 1, lastAccessed: 100, answer: calendarReply}, {id: 2, lastAccessed: 300}, {id: 3, lastAccessed: 200, answer: gmailReply},
      {id: 99, lastAccessed: 400}, {id: 4, lastAccessed: 500, discarded: true, answer: calendarReply},
    ]);
    expect(await captureRecentTab(api as never)).toEqual(gmailReply);
    expect(asked).toEqual([2, 3]);
  });

  it('ignores answers that are not captures, and says so when no tab answers', async () => {
    const {api} = tabsApi([{id: 1, lastAccessed: 1, answer: {hidden: true}}, {id: 2, lastAccessed: 2}]);
    expect(await captureRecentTab(api as never)).toEqual({ok: false, site: null, reason: 'no-tab'});
  });

  it('passes on a tab that has nothing to capture', async () => {
    const {api} = tabsApi([{id: 1, lastAccessed: 1, answer: {ok: false, site: 'calendar', reason: 'nothing'}}]);
    expect(await captureRecentTab(api as never)).toEqual({ok: false, site: 'calendar', reason: 'nothing'});
  });
});

describe('the capture file name', () => {
  it('says site, view and when (UTC), nothing of the page', () => {
    expect(captureFileName('gmail', 'compose-popup', Date.UTC(2026, 10, 23, 10, 15, 0))).toBe('rapport-gmail-compose-popup-2026-11-23-101500.html');
  });
});
