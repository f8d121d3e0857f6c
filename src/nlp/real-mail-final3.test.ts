// What the third final sheet taught once its figure was taken (docs/quality.md: a final sheet's errors are used for
// development only after it is reported, and the next figure comes from a fresh sheet). Each case is a form the
// reviewers found in public business mail, written anew here: no corpus text is copied.
import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

const asks = (text: string) => analyze({text}).requests.map((r) => r.text);
const promises = (text: string) => analyze({text}).commitments.map((c) => c.text);
const rules = (text: string) => analyze({text, recipients: [{email: 'ana@client.example', tier: 'external' as const}]}).hints.map((n) => n.ruleId);

describe('quoted history', () => {
  it('a reply written on top keeps everything under the reply header out, even text under its quote', () => {
    const text = 'It already tunes itself for the machine, as far as I know.\n\nJohn\n\nOn Fri, Jul 26, 2002 at 11:24PM, Sam Lee wrote:\n> I asked which packages to tune.\n\nwhy?\n';
    expect(asks(text)).toEqual([]);
  });

  it('a quoted line wrapped without its ">" is still quoted', () => {
    const text = 'Have you looked at the phrase parser?\n\nOn Fri, Jun 23, 2017 at 1:06 PM, Sam Lee wrote:\n> I tried proximity searches and wildcards on the search form and each works on its own, but the two\ntogether do not. Does anyone have a pointer to a resource?\n';
    expect(asks(text)).toEqual(['Have you looked at the phrase parser?']);
  });
});

describe('asks', () => {
  it.each([
    'Dana Ruiz - please forward to Sam AND Kim.', 'has anyone had a problem mounting the install disk on this release?',
    'PLEASE SUBMIT BY 12:00 NOON ON MONDAY, JULY 16', 'Feel free to try it on your own trade and please let us know the results.',
    "I'd suggest that you prepare the talking points and brief him in advance.", 'Dr. Lee would like you to email him what you need.',
    'This file matters a great deal, so I need help as soon as possible.', 'It is important to inform us if you worked extra hours.',
    'I wonder, how can the context be shared between requests?', 'First, we need to model the plant\'s operating costs.',
    '1) Do I have to go to Vancouver for the visa.', 'Would it possible to add the prior day to the pivot table.',
  ])('"%s"', (text) => {
    expect(asks(text)).toEqual([text]);
  });
});

describe('asks nothing', () => {
  it.each([
    'Say hi to Kim and Noah.', 'But hang in there, the chances are out there.', 'Wednesday at 2 PM works for me.',
    'It was a fun ride tho wasnt it?', 'Or call and we can discuss it in person.', 'Monitor    "Monitor0"', 'Start date: 7/01',
    'Let me know what else you need from me.', 'Please direct any questions to Kim by e-mail.', 'Past performance is not indicative of future results.',
    'Look foward to seeing you.', 'Holy moly, how the heck are ya?',
  ])('"%s"', (text) => {
    expect(asks(text)).toEqual([]);
  });
});

describe('promises', () => {
  it.each([
    'Only two members are interested, so we\'ll give it a try and let you know how it goes.',
    'The spreadsheet is attached and an updated proforma will go out to you this evening.', "I'm sending the invitation out right now.",
  ])('"%s" promises', (text) => {
    expect(promises(text).length).toBeGreaterThan(0);
  });

  it.each([
    'These severance payments will be paid before the termination date.', "I've changed both deals to be confirmed, since we confirm all trades now.",
    'Pipe: a new line that will be shared with the other plant.', 'I will leave it to you to decide whether access is granted.',
    'If I am given the chance, I will do all I can.', 'Let us chat on the weekend if that works for you.', 'The old ways must be kept, or we\'ll lose them forever.',
  ])('"%s" promises nothing', (text) => {
    expect(promises(text)).toEqual([]);
  });
});

describe('hints', () => {
  it.each([
    'The EOL US desk closes early today.', 'Allocations for Friday are below.\nPLEASE NOTE THAT ALL ALLOCATIONS ARE SUBJECT TO CHANGE.', 'Holy moly, how the heck are ya?',
  ])('"%s" gets none', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
