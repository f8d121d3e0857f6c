// The check is made in the router, before any handler: a refused message changes nothing and is answered with why.
// Every message is sent from every kind of sender: the right ones reach their handler, the wrong ones do not.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {MESSAGE_NAMES, SHIPPED_MESSAGE_NAMES, type MessageName} from '../shared/messages.ts';
import type {SenderContext} from './allowed-senders.ts';

type Listener = (message: unknown, sender: unknown) => unknown;
const fake = vi.hoisted(() => ({listeners: [] as Listener[], called: [] as string[]}));
vi.mock('webextension-polyfill', () => ({default: {
  runtime: {
    id: 'rapport-id',
    getURL: (path: string) => `chrome-extension://rapport-id${path}`,
    onMessage: {addListener: (listener: Listener) => fake.listeners.push(listener)},
  },
}}));
// Every handler is a spy: the router is what is tested, not the store behind it.
const spies = async (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, async () => {
  fake.called.push(name);
  return {handled: name};
}]));
vi.mock('./handlers/index.ts', async () => ({handlers: await spies((await import('../shared/messages.ts')).SHIPPED_MESSAGE_NAMES)}));
vi.mock('./handlers/test-only.ts', async () => ({testOnlyHandlers: await spies(['commitments/track', 'stats/recordTone'])}));

/** A router as this build has it (MODE "test" under vitest), or as a production build has it. */
async function router(mode: 'test' | 'production'): Promise<Listener> {
  vi.resetModules();
  vi.stubEnv('MODE', mode);
  const {listenForMessages} = await import('./router.ts');
  listenForMessages();
  vi.unstubAllEnvs();
  return fake.listeners.at(-1)!;
}

const SENDERS: Record<SenderContext, object> = {
  gmail: {id: 'rapport-id', url: 'https://mail.google.com/mail/u/0/#inbox', tab: {id: 7, url: 'https://mail.google.com/mail/u/0/#inbox'}},
  calendar: {id: 'rapport-id', url: 'https://calendar.google.com/calendar/u/0/r/week', tab: {id: 9}},
  'extension-page': {id: 'rapport-id', url: 'chrome-extension://rapport-id/src/options/index.html', tab: {id: 8}},
};
/** Written out rather than read from the table: a change to who may send what has to be made twice, on purpose. */
const ALLOWED: Record<MessageName, SenderContext[]> = {
  'health/report': ['gmail', 'calendar'],
  'log/error': ['extension-page', 'gmail', 'calendar'],
  'runtime/ping': ['extension-page', 'gmail', 'calendar'],
  'compose/sent': ['gmail'],
  'thread/read': ['gmail'],
  'commitments/withdraw': ['extension-page', 'gmail'],
  'hints/dismiss': ['gmail'],
  'rules/change': ['gmail'],
  'commitments/track': ['extension-page'],
  'stats/recordTone': ['extension-page'],
  'commitments/update': ['extension-page'],
  'nudges/act': ['extension-page'],
  'people/save': ['extension-page'],
  'people/remove': ['extension-page'],
  'owed/update': ['extension-page'],
  'cadence/list': ['extension-page'],
  'calendar/seen': ['calendar'],
  'calendar/details': ['calendar'],
  'calendar/importIcs': ['extension-page'],
  'data/importPiece': ['extension-page'],
  'data/importCommit': ['extension-page'],
  'data/deleteAll': ['extension-page'],
};

afterEach(() => {
  fake.called.length = 0;
  vi.restoreAllMocks();
});

describe('the router', () => {
  const cases = MESSAGE_NAMES.flatMap((name) => (Object.keys(SENDERS) as SenderContext[]).map((context) => [name, context] as const));
  it.each(cases)('%s from %s', async (name, context) => {
    const deliver = await router('test');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await deliver({rapport: 1, name, request: {}}, SENDERS[context]);
    if (ALLOWED[name].includes(context)) {
      expect(reply).toEqual({ok: true, response: {handled: name}});
      expect(fake.called).toEqual([name]);
    } else {
      expect(reply).toEqual({ok: false, error: `${name} is not accepted from ${context}`});
      expect(fake.called).toEqual([]);
      expect(error).toHaveBeenCalledWith('[Rapport] router: refused:', `${name} is not accepted from ${context}`);
    }
  });

  it('refuses everything from a page that is none of ours, and from another extension', async () => {
    const deliver = await router('test');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(deliver({rapport: 1, name: 'runtime/ping', request: {}}, {id: 'rapport-id', url: 'https://evil.example/'}))
      .resolves.toEqual({ok: false, error: 'unknown sender'});
    await expect(deliver({rapport: 1, name: 'data/importCommit', request: {}}, {id: 'other', url: 'chrome-extension://rapport-id/x.html'}))
      .resolves.toEqual({ok: false, error: 'unknown sender'});
    expect(fake.called).toEqual([]);
  });

  it('refuses a tagged message with a name it does not know, and leaves untagged ones to other listeners', async () => {
    const deliver = await router('test');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(deliver({rapport: 1, name: 'data/steal', request: {}}, SENDERS['extension-page']))
      .resolves.toEqual({ok: false, error: 'unknown message "data/steal"'});
    expect(deliver({name: 'data/deleteAll'}, SENDERS['extension-page'])).toBeUndefined();
    expect(fake.called).toEqual([]);
  });
});

describe('the router of a production build', () => {
  it.each(['commitments/track', 'stats/recordTone'])('refuses the test-only %s, even from an extension page', async (name) => {
    const deliver = await router('production');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(deliver({rapport: 1, name, request: {}}, SENDERS['extension-page']))
      .resolves.toEqual({ok: false, error: `unknown message "${name}"`});
    expect(fake.called).toEqual([]);
  });

  it('still hands every shipped message from its right sender to its handler', async () => {
    const deliver = await router('production');
    for (const name of SHIPPED_MESSAGE_NAMES) {
      const context = ALLOWED[name][0]!;
      await expect(deliver({rapport: 1, name, request: {}}, SENDERS[context])).resolves.toEqual({ok: true, response: {handled: name}});
    }
    expect(fake.called).toEqual([...SHIPPED_MESSAGE_NAMES]);
  });
});
