// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {findAll} from '../shared/selector.ts';
import {readCompose} from './compose.ts';
import {conversationKey, glanceConversation, readConversation, seeConversation} from './conversation.ts';
import {gmailSelectors} from './selectors.ts';

const local = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

const open = (file: string, language = 'en') => {
  loadFixture('gmail', file);
  document.documentElement.lang = language; // loadFixture copies the page's content, not the <html> attributes
  const seen = seeConversation(document);
  if (!seen) throw new Error(`no conversation in ${file}`);
  return seen;
};

describe('reading an open conversation', () => {
  it('reads every message shown, collapsed ones by their header, and the newest one\'s own words', () => {
    const seen = open('thread-conversation.html');
    const before = document.body.innerHTML;
    const read = readConversation(seen);
    expect(read.threadId).toBe('18d0000000000b01');
    expect(read.subject).toBe('Offsite logistics');
    expect(read.messages).toEqual([
      {messageId: '#msg-f:1790000000000000201', from: {email: 'sam.lee@acme.example', name: 'Sam Lee'}, to: [], at: local(2026, 10, 17, 9, 12)},
      {messageId: '#msg-f:1790000000000000202', from: {email: 'jordan@northwind.example', name: 'Jordan Avery'}, to: [], at: local(2026, 10, 17, 11, 40)},
      {messageId: '#msg-f:1790000000000000203', from: {email: 'sam.lee@acme.example', name: 'Sam Lee'}, to: ['jordan@northwind.example'], at: local(2026, 10, 19, 16, 5)},
      {messageId: '#msg-f:1790000000000000204', from: {email: 'sam.lee@acme.example', name: 'Sam Lee'}, to: ['jordan@northwind.example', 'dana@northwind.example'], at: local(2026, 10, 23, 8, 30)},
    ]);
    // The signature, the trimmed-content button and the trimmed history (with an earlier ask) are left out; the
    // earlier expanded message is not read at all.
    expect(read.latest).toEqual({
      messageId: '#msg-f:1790000000000000204', hasAttachment: true,
      text: "Hi Jordan,\nCould you confirm the final headcount for the offsite by Thursday? I'll send you the signed venue contract on Friday.\nBest,",
    });
    expect(document.body.innerHTML).toBe(before);
  });

  it('names the thread as the reply compose under it does, so the reply closes what the thread asked', () => {
    for (const file of ['thread-conversation.html', 'thread-reply-and-compose.html']) {
      const seen = open(file);
      const [reply] = findAll(gmailSelectors.composeRoot).elements.filter((root) => readCompose(root).kind === 'inline');
      expect(readCompose(reply!).threadId, file).toBe(seen.threadId);
    }
  });

  it('reads the older shape (.if, bare span[email] senders and recipients), leaving quoted history out', () => {
    const read = readConversation(open('thread-older-shape.html'));
    expect(read.threadId).toBe('18d0000000000c01');
    expect(read.messages.map((message) => [message.from.email, message.to, message.at])).toEqual([
      ['jordan@northwind.example', ['priya@northwind.example'], local(2026, 10, 25, 14, 10)],
      ['priya@northwind.example', ['jordan@northwind.example'], local(2026, 10, 26, 10, 2)],
    ]);
    expect(read.latest).toEqual({messageId: '#msg-f:1790000000000000302', hasAttachment: false, text: 'Thanks! Can you add the Q3 forecast to the pack before Tuesday?'});
  });

  it('reads a Spanish UI: its dates, without any label', () => {
    const read = readConversation(open('thread-conversation-es.html', 'es'));
    expect(read.messages.map((message) => message.at)).toEqual([local(2026, 10, 30, 9, 5), local(2026, 10, 30, 11, 20), local(2026, 11, 1, 17, 48)]);
    expect(read.latest?.text).toBe('Hello Jordan, thanks for the RFP. Could you send me the signed NDA by Wednesday? I will send you our revised pricing on Monday.\nMarco');
  });

  it('says nothing of the text while the newest message is collapsed or still loading', () => {
    const seen = open('thread-conversation.html');
    const body = seen.elements.at(-1)!.querySelector('.a3s')!;
    const full = conversationKey(seen);
    body.replaceChildren();
    const loading = seeConversation(document)!;
    expect(readConversation(loading).latest).toBeUndefined();
    expect(conversationKey(loading)).not.toBe(full);
    seen.elements.at(-1)!.querySelector('.ii')!.remove();
    expect(readConversation(seeConversation(document)!).latest).toBeUndefined();
  });

  it('has a new key only when the thread, its newest message or whether it is open changes', () => {
    const seen = open('thread-conversation.html');
    const key = conversationKey(seen);
    expect(conversationKey(seeConversation(document)!)).toBe(key);
    // An older message expanded: nothing new.
    seen.elements[0]!.closest('.kv')!.className = 'h7';
    expect(conversationKey(seeConversation(document)!)).toBe(key);
    // A newer message arrives.
    const newer = seen.elements.at(-1)!.cloneNode(true) as HTMLElement;
    newer.setAttribute('data-message-id', '#msg-f:1790000000000000205');
    seen.elements.at(-1)!.parentElement!.after(newer);
    const next = seeConversation(document)!;
    expect(next.messages.at(-1)!.messageId).toBe('#msg-f:1790000000000000205');
    expect(conversationKey(next)).not.toBe(key);
  });

  it('skips a draft shown in the thread and a header still loading', () => {
    const seen = open('thread-conversation.html');
    const draft = seen.elements.at(-1)!.cloneNode(true) as HTMLElement;
    draft.setAttribute('data-message-id', '#msg-a:r-4444444444444444444');
    const loading = seen.elements.at(-1)!.cloneNode(true) as HTMLElement;
    loading.setAttribute('data-message-id', '#msg-f:1790000000000000299');
    loading.querySelector('.gD')!.removeAttribute('email');
    seen.elements.at(-1)!.after(draft, loading);
    expect(seeConversation(document)!.messages.map((message) => message.messageId).at(-1)).toBe('#msg-f:1790000000000000204');
  });

  it('finds no conversation in the inbox or a lone compose', () => {
    for (const file of ['inbox.html', 'compose-popout.html']) {
      loadFixture('gmail', file);
      expect(seeConversation(document), file).toBeNull();
      expect(glanceConversation(document), file).toBeNull();
    }
  });

  it('glances at the same key as a full reading gives, without reading every header', () => {
    for (const file of ['thread-conversation.html', 'thread-older-shape.html', 'thread-conversation-es.html', 'thread-reply-and-compose.html', 'thread-reply-es.html']) {
      const full = conversationKey(open(file));
      expect(glanceConversation(document), file).toBe(full);
    }
    const seen = open('thread-conversation.html');
    seen.elements.at(-1)!.querySelector('.a3s')!.replaceChildren();
    expect(glanceConversation(document)).toBe(conversationKey(seeConversation(document)!));
    expect(glanceConversation(document)).toMatch(/\|collapsed$/);
  });
});
