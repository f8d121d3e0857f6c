// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {findAll} from '../shared/selector.ts';
import {composeKind, parseAddress, readCompose} from './compose.ts';
import {gmailSelectors} from './selectors.ts';

const composes = (file: string) => {
  loadFixture('gmail', file);
  return findAll(gmailSelectors.composeRoot).elements.map(readCompose);
};

describe('readCompose', () => {
  it('reads an inline reply with classic chips and a docked message with current chips', () => {
    const [inline, popup] = composes('thread-reply-and-compose.html');
    expect(inline).toEqual({
      id: 'c-inline-1', draftId: '#msg-a:r-2222222222222222222', kind: 'inline', subject: 'Re: Q4 planning', threadId: '18d0000000000001', recipientUi: 'classic', attachments: 0,
      recipients: [{email: 'sam.lee@acme.example', name: 'Sam Lee', field: 'to'}],
    });
    expect(popup).toMatchObject({id: 'c-popup-1', kind: 'popup', subject: 'Board deck for Thursday', threadId: null, recipientUi: 'peoplekit'});
    // Suggested contacts outside the To/Cc rows are not recipients.
    expect(popup!.recipients).toEqual([
      {email: 'dana@northwind.example', name: 'Dana Whitfield', field: 'to'},
      {email: 'finance-ops@northwind.example', name: 'finance-ops@northwind.example', field: 'to'},
      {email: 'priya@northwind.example', name: 'Priya Natarajan', field: 'cc'},
    ]);
  });

  it('reads a Spanish reply-all without relying on any label, recipients collapsed behind the summary', () => {
    const [reply] = composes('thread-reply-es.html');
    // The thread comes from lts (current Gmail); the draft id "undefined" (no autosave yet) is no id at all.
    expect(reply).toMatchObject({kind: 'inline', threadId: '18d00000000000a2', draftId: null, recipientUi: 'peoplekit'});
    expect(document.querySelector<HTMLElement>('.fX')!.style.display).toBe('none');
    expect(reply!.recipients.map((recipient) => `${recipient.field}:${recipient.email}`)).toEqual(['to:marco.rossi@acme.example', 'cc:dana@northwind.example']);
  });

  it('reads the thread from rm, then rt, when lts is missing or a placeholder', () => {
    loadFixture('gmail', 'thread-reply-es.html');
    const root = findAll(gmailSelectors.composeRoot).elements[0]!;
    root.querySelector('input[name="lts"]')!.remove();
    expect(readCompose(root).threadId).toBe('msg-f:1790000000000000042');
    // The English fixture's lts holds "undefined": its rt names the thread.
    const [inline] = composes('thread-reply-and-compose.html');
    expect(inline!.threadId).toBe('18d0000000000001');
  });

  it.each(['', 'undefined', 'null', '  '])('treats a draft id of %j as missing', (placeholder) => {
    loadFixture('gmail', 'compose-popout.html');
    const root = findAll(gmailSelectors.composeRoot).elements[0]!;
    root.querySelector<HTMLInputElement>('input[name="draft"]')!.value = placeholder;
    expect(readCompose(root).draftId).toBeNull();
  });

  it('prefers the subject the user typed in the visible box over the hidden canonical one', () => {
    loadFixture('gmail', 'compose-popout.html');
    const root = findAll(gmailSelectors.composeRoot).elements[0]!;
    root.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.value = 'Venue for the offsite (updated)';
    expect(readCompose(root).subject).toBe('Venue for the offsite (updated)');
    root.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.value = '';
    expect(readCompose(root).subject).toBe('Venue for the offsite');
  });

  it('reads a full-screen compose, including quoted "Last, First" names and bare addresses', () => {
    const [full] = composes('compose-fullscreen.html');
    expect(full).toMatchObject({kind: 'fullscreen', recipientUi: 'classic', attachments: 1});
    expect(full!.recipients).toEqual([
      {email: 'kim@acme.example', name: 'Kim Park', field: 'to'},
      {email: 'legal@acme.example', name: '', field: 'to'},
      {email: 'dana@northwind.example', name: 'Whitfield, Dana', field: 'cc'},
    ]);
  });

  it('degrades to empty values, not a throw, on a compose Gmail rendered only in part', () => {
    document.body.innerHTML = '<div class="M9"><div contenteditable="true" g_editable="true"></div></div>';
    const root = document.querySelector('.M9')!;
    expect(readCompose(root)).toEqual({id: null, draftId: null, kind: 'popup', subject: '', threadId: null, recipients: [], recipientUi: 'none', attachments: 0});
  });
});

describe('composeKind', () => {
  const popoutRoot = () => {
    loadFixture('gmail', 'compose-popout.html');
    return findAll(gmailSelectors.composeRoot).elements[0]!;
  };

  it.each([
    ['?view=cm&fs=1&tf=1', 'popout'],
    ['?ui=2&view=btop&ver=1nnj51jn5rorm', 'popout'],
    ['', 'popup'],
    ['?view=pt', 'popup'],
  ] as const)('the window at %j holds a %s', (search, kind) => {
    expect(composeKind(popoutRoot(), {search})).toBe(kind);
  });

  it("knows a standalone compose window by its body's classes when the URL says nothing", () => {
    const root = popoutRoot();
    document.body.classList.add('xE', 'xp');
    expect(composeKind(root, {search: ''})).toBe('popout');
  });
});

describe('parseAddress', () => {
  it.each([
    ['Sam Lee <Sam@Example.org>', {name: 'Sam Lee', email: 'sam@example.org'}],
    ['"Lee, Sam" <sam@example.org>', {name: 'Lee, Sam', email: 'sam@example.org'}],
    ['sam@example.org', {name: '', email: 'sam@example.org'}],
    ['<sam@example.org>', {name: '', email: 'sam@example.org'}],
    ['  "Sam Lee"   <sam@example.org>  ', {name: 'Sam Lee', email: 'sam@example.org'}],
  ])('%s', (value, expected) => {
    expect(parseAddress(value)).toEqual(expected);
  });

  it('takes linear time on hostile values (long runs of spaces, quotes and brackets)', () => {
    const hostile = [' '.repeat(200_000) + 'x', `"${' '.repeat(200_000)}`, '<'.repeat(200_000), `a${' '.repeat(200_000)}<b`];
    const start = performance.now();
    for (const value of hostile) parseAddress(value);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
