// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {CAPTURE_REQUEST} from '../../shared/capture-messages.ts';

const fake = vi.hoisted(() => ({listeners: [] as Array<(message: unknown, sender: unknown) => unknown>, logged: [] as unknown[]}));
vi.mock('webextension-polyfill', () => ({default: {
  runtime: {
    id: 'rapport-id',
    getURL: (path: string) => `chrome-extension://rapport-id/${path}`,
    getManifest: () => ({version: '0.1.0'}),
    sendMessage: async (message: unknown) => {
      fake.logged.push(message);
      return {ok: true, response: {stored: true}};
    },
    onMessage: {
      addListener: (listener: (message: unknown, sender: unknown) => unknown) => fake.listeners.push(listener),
      removeListener: (listener: unknown) => fake.listeners.splice(fake.listeners.indexOf(listener as never), 1),
    },
  },
}}));

const {listenForCapture} = await import('./capture-listener.ts');
const OPTIONS = {id: 'rapport-id', url: 'chrome-extension://rapport-id/src/options/index.html'};

afterEach(() => {
  fake.listeners.length = 0;
  fake.logged.length = 0;
  vi.restoreAllMocks();
});

describe('the capture listener', () => {
  it('answers the options page with the redacted page', async () => {
    document.body.innerHTML = '<div role="dialog" class="M9">Hi Dana</div>';
    listenForCapture('gmail', () => ({site: 'gmail', view: 'compose-popup', targets: [document.querySelector('.M9')!]}), new AbortController().signal);
    const reply = await fake.listeners[0]!(CAPTURE_REQUEST, OPTIONS) as {ok: boolean; html: string; view: string};
    expect(reply).toMatchObject({ok: true, site: 'gmail', view: 'compose-popup'});
    expect(reply.html).toContain('class="M9"');
    expect(reply.html).not.toContain('Dana');
  });

  it('leaves other messages and other senders unanswered (a page, a content script, another extension)', () => {
    listenForCapture('gmail', () => null, new AbortController().signal);
    const listener = fake.listeners[0]!;
    expect(listener({rapport: 1, tab: 'toggleHints'}, OPTIONS)).toBeUndefined();
    expect(listener(CAPTURE_REQUEST, {id: 'rapport-id', url: 'https://mail.google.com/mail/u/0/'})).toBeUndefined();
    expect(listener(CAPTURE_REQUEST, {id: 'other-extension', url: 'chrome-extension://other-extension/src/options/index.html'})).toBeUndefined();
    expect(listener(CAPTURE_REQUEST, {id: 'rapport-id', url: 'chrome-extension://rapport-id/src/popup/index.html'})).toBeUndefined();
  });

  it('says when there is nothing to capture, and turns an error into a logged failure, never a throw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let find: () => null = () => null;
    listenForCapture('calendar', () => find(), new AbortController().signal);
    expect(await fake.listeners[0]!(CAPTURE_REQUEST, OPTIONS)).toEqual({ok: false, site: 'calendar', reason: 'nothing'});
    find = () => {
      throw new Error('grid changed');
    };
    expect(await fake.listeners[0]!(CAPTURE_REQUEST, OPTIONS)).toEqual({ok: false, site: 'calendar', reason: 'failed'});
    expect(fake.logged).toEqual([expect.objectContaining({name: 'log/error', request: expect.objectContaining({source: 'calendar-capture'})})]);
  });

  it('stops listening when the content script ends', () => {
    const lifetime = new AbortController();
    listenForCapture('gmail', () => null, lifetime.signal);
    lifetime.abort();
    expect(fake.listeners).toEqual([]);
  });
});
