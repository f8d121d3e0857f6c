// Who may send what, message by message, from senders as the browser describes them. The expectations are written
// out here rather than read from the table, so a change to the table has to be made twice, on purpose.
import {describe, expect, it} from 'vitest';
import {MESSAGE_NAMES, type MessageName} from '../shared/messages.ts';
import {refusal, senderContext, type SenderContext} from './allowed-senders.ts';

const self = {id: 'ourextensionid', origin: 'chrome-extension://ourextensionid'};

const SENDERS = {
  'extension-page': {id: self.id, url: 'chrome-extension://ourextensionid/src/options/index.html'},
  gmail: {id: self.id, url: 'https://mail.google.com/mail/u/0/#inbox?compose=new'},
  calendar: {id: self.id, url: 'https://calendar.google.com/calendar/u/0/r/week'},
} satisfies Record<SenderContext, object>;

const EXPECTED: Record<MessageName, SenderContext[]> = {
  'health/report': ['gmail', 'calendar'],
  'log/error': ['extension-page', 'gmail', 'calendar'],
  'runtime/ping': ['extension-page', 'gmail', 'calendar'],
  'compose/sent': ['gmail'],
  'thread/read': ['gmail'],
  'hints/dismiss': ['gmail'],
  'rules/change': ['gmail'],
  'commitments/withdraw': ['extension-page', 'gmail'],
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

describe('who may send each message', () => {
  it('lists every message this test build knows, the test-only ones included', () => {
    expect([...MESSAGE_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = MESSAGE_NAMES.flatMap((name) => (Object.keys(SENDERS) as SenderContext[]).map((context) => [name, context] as const));
  it.each(cases)('%s from %s', (name, context) => {
    const allowed = EXPECTED[name].includes(context);
    expect(refusal(name, SENDERS[context], self)).toBe(allowed ? null : `${name} is not accepted from ${context}`);
  });
});

describe('telling senders apart', () => {
  it.each([
    ['a popup with no tab', {id: self.id, url: 'chrome-extension://ourextensionid/src/popup/index.html'}, 'extension-page'],
    ['an extension page in a tab', {id: self.id, url: 'chrome-extension://ourextensionid/src/popup/index.html?tab#/week', tab: {id: 4}}, 'extension-page'],
    ['Firefox extension page', {id: 'ff', url: 'moz-extension://0a1b-2c3d/src/options/index.html'}, 'extension-page', {id: 'ff', origin: 'moz-extension://0a1b-2c3d'}],
    ['Gmail in a popped-out compose', {id: self.id, url: 'https://mail.google.com/mail/u/0/?view=cm&fs=1'}, 'gmail'],
    ['Calendar', {id: self.id, url: 'https://calendar.google.com/calendar/r'}, 'calendar'],
  ] as const)('%s', (_label, sender, context, other?: {id: string; origin: string}) => {
    expect(senderContext(sender, other ?? self)).toBe(context);
  });

  it.each([
    ['another extension', {id: 'someoneelse', url: 'chrome-extension://someoneelse/page.html'}],
    ['another extension claiming our origin', {id: 'someoneelse', url: 'chrome-extension://ourextensionid/src/options/index.html'}],
    ['a look-alike host', {id: self.id, url: 'https://mail.google.com.evil.example/'}],
    ['Gmail over http', {id: self.id, url: 'http://mail.google.com/mail/u/0/'}],
    ['Gmail on another port', {id: self.id, url: 'https://mail.google.com:8443/'}],
    ['a Google page Rapport is not on', {id: self.id, url: 'https://docs.google.com/document/d/1'}],
    ['no URL', {id: self.id}],
    ['an unparsable URL', {id: self.id, url: 'not a url'}],
  ] as const)('refuses everything from %s', (_label, sender) => {
    expect(senderContext(sender, self)).toBeNull();
    for (const name of MESSAGE_NAMES) expect(refusal(name, sender, self)).toBe('unknown sender');
  });
});
