// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {loadFixture} from '../../../../tests/unit/load-fixture.ts';
import {defaultSettings, type Settings} from '../../../settings/settings.ts';
import type {ThreadRead} from '../../../shared/thread.ts';
import {createThreadReader} from './thread-reader.ts';

function reader(options: {fail?: number; people?: Partial<Settings['people']>} = {}) {
  const sent: ThreadRead[] = [];
  const errors: unknown[] = [];
  let failures = options.fail ?? 0;
  const settings = {...defaultSettings, people: {...defaultSettings.people, ...options.people}};
  const threads = createThreadReader({
    send: async (read) => {
      if (failures-- > 0) throw new Error('worker gone');
      sent.push(read);
    },
    settings: async () => settings,
    onError: (error) => errors.push(error),
  });
  return {threads, sent, errors};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the thread reader', () => {
  it('tells the background once per newest message, however often the page rescans', async () => {
    loadFixture('gmail', 'thread-conversation.html');
    const {threads, sent} = reader();
    for (let scan = 0; scan < 5; scan++) threads.scan();
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.latest?.messageId).toBe('#msg-f:1790000000000000204');
    // A newer message arrives: told again.
    const last = document.querySelectorAll('.adn').item(1);
    const newer = last.cloneNode(true) as HTMLElement;
    newer.setAttribute('data-message-id', '#msg-f:1790000000000000205');
    last.after(newer);
    threads.scan();
    threads.scan();
    await settle();
    expect(sent.map((read) => read.latest?.messageId)).toEqual(['#msg-f:1790000000000000204', '#msg-f:1790000000000000205']);
  });

  it('tells nothing where no conversation is open, and a thread opened again on this page is not told twice', async () => {
    const {threads, sent} = reader();
    loadFixture('gmail', 'inbox.html');
    threads.scan();
    loadFixture('gmail', 'thread-older-shape.html');
    threads.scan();
    loadFixture('gmail', 'inbox.html');
    threads.scan();
    loadFixture('gmail', 'thread-older-shape.html');
    threads.scan();
    await settle();
    expect(sent.map((read) => read.threadId)).toEqual(['18d0000000000c01']);
  });

  it('tries again on the next rescan when the background could not be reached, and reports the failure', async () => {
    loadFixture('gmail', 'thread-conversation.html');
    const {threads, sent, errors} = reader({fail: 1});
    threads.scan();
    await settle();
    expect(sent).toHaveLength(0);
    expect(errors).toHaveLength(1);
    threads.scan();
    await settle();
    expect(sent).toHaveLength(1);
  });

  it('sends no text from a sender the user asked Rapport never to analyse, only who wrote and when', async () => {
    loadFixture('gmail', 'thread-conversation.html');
    const {threads, sent} = reader({people: {neverAnalyse: ['acme.example']}});
    threads.scan();
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.latest).toBeUndefined();
    expect(sent[0]!.messages).toHaveLength(4);
  });

  it('never throws into the page: a page that breaks the reading is reported', () => {
    loadFixture('gmail', 'thread-conversation.html');
    const {threads, errors} = reader();
    const sender = document.querySelector('.gD')!;
    Object.defineProperty(sender, 'getAttribute', {value: () => { throw new Error('page changed under us'); }});
    expect(() => threads.scan()).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
