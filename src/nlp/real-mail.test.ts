// What the real-mail review (docs/quality.md) taught, kept as behaviour: each case is a form reviewers found in
// public business mail, written anew here (no corpus text is copied).
import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

const external = [{email: 'ana@client.example', tier: 'external' as const}];
const rules = (text: string) => analyze({text, recipients: external}).hints.map((n) => n.ruleId);
const asks = (text: string) => analyze({text}).requests.map((r) => r.text);

describe('no shouting where reviewers saw none', () => {
  it.each([
    'Please update your E-MAIL address in the portal.', 'THANK YOU to everyone who stayed late on Friday.',
    'AGENDA\nThe vendor call moves to Tuesday.', 'Your review form is attached and due on Friday.\nNOTE: YOU WILL RECEIVE THIS NOTICE EACH TIME A FORM IS DUE.',
    'The report DOES NOT include the October figures.', 'Attached is the FINAL version of the contract.',
    'ENRON NORTH AMERICA will host the session.',
  ])('"%s"', (text) => {
    expect(rules(text)).not.toContain('no-shouting');
  });

  it('still hears a raised voice', () => {
    expect(rules('I NEED THE SIGNED COPY TODAY.')).toContain('no-shouting');
  });
});

describe('asks that are not asks', () => {
  it.each([
    'Feels like a Monday, doesn\'t it?', 'available?', 'Attend our Research Basics Clinic:', 'How was your weekend?',
    'To reserve a seat, please call Dana Lee at 5-7928.', 'Please give us a call if you need anything else.',
    'Let me know as questions arise.', 'Pursuant to your request, please see the attached.',
  ])('"%s" asks nothing', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each(['Any help would be greatly appreciated.', 'We need these quotes for every day this week.', 'When done, please launch the attached spreadsheet.'])('"%s" asks', (text) => {
    expect(asks(text)).toEqual([text]);
  });
});

describe('headers of other clients and languages', () => {
  it('leaves a German reply header block and what follows out', () => {
    const text = 'Thanks, that fixed it.\n\nVon:    Dana Lee <dana@example.org>\nAn:     list@example.org\nBetreff: Re: cluster\n\nWhy did you restart the node?';
    expect(analyze({text}).hints).toEqual([]);
    expect(asks(text)).toEqual([]);
  });

  it('reads mbox\'s ">From" as the writer\'s own line, not a quote', () => {
    expect(asks('Hi all,\n>From where can we download the setup tool?')).toEqual(['>From where can we download the setup tool?']);
  });
});
