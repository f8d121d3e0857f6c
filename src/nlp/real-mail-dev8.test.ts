// What the eighth development sheet of the real-mail review taught (docs/quality.md), kept as behaviour. Each case
// is a form the reviewers found in public business mail, written anew here: no corpus text is copied.
import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

const asks = (text: string, recipients = 1) =>
  analyze({text, recipients: Array.from({length: recipients}, (_, i) => ({email: `p${i}@corp.example`, tier: 'internal' as const}))}).requests.map((r) => r.text);
const promises = (text: string) => analyze({text}).commitments.map((c) => c.text);

describe('the writer\'s own words under a quote', () => {
  it('reads a reply written below the quoted lines, as on mailing lists', () => {
    const text = 'On Tue, 20 Aug 2002 at 12:10, Sam Lee wrote:\n> I could not get the relay to authenticate.\n> Any ideas?\n\nThe relay needs its own login. Are you using SASL?\n\nKim\n';
    expect(asks(text)).toEqual(['Are you using SASL?']);
  });

  it('still drops everything under a reply header with no answer below it', () => {
    const text = 'Sounds good, see you then.\n\nOn Tue, 20 Aug 2002 at 12:10, Sam Lee wrote:\n> Could you send the deck?\n';
    expect(asks(text)).toEqual([]);
  });

  it('a note above a forwarded mailing is the writer\'s own', () => {
    const note = 'Wow, this looks complicated. Let me get some help on this and get back to you.\n\n-----Original Message-----\nFrom: Lee, Sam\nSent: Friday, November 16, 2001 8:38 AM\nTo: Ito, Kim\nSubject: plan\n\n';
    const mailing = 'Visit our website for special offers! Free shipping. Unsubscribe here: http://example.com/u\nAll rights reserved. Privacy policy.\n';
    expect(promises(note + mailing).length).toBeGreaterThan(0);
  });
});

describe('a broadcast still asks with an instruction and a day', () => {
  it('keeps "please … by noon tomorrow" to twenty-eight people, not their questions', () => {
    expect(asks('Please update the shared worksheet by noon tomorrow.', 28)).toHaveLength(1);
    expect(asks('Who is coming on Friday?', 28)).toEqual([]);
  });
});

describe('no promise', () => {
  it.each([
    'Dana Ruiz will join the Office of the Chairman as Chief Operating Officer.', 'In July, I plan to take the following vacation days:',
    '"The board will replace them all," Kim Ito, the director, said.', 'I would sell as much as they will let you sell.',
    "If it breaks nothing, I'll maybe release the new packages.",
  ])('"%s"', (text) => {
    expect(promises(text)).toEqual([]);
  });

  it('keeps a colleague joining a meeting', () => {
    expect(promises('Dana will join the call at 3.')).toHaveLength(1);
  });
});

describe('no question', () => {
  it('an aside in brackets with a question mark asks nothing', () => {
    expect(asks('They are flexible on the size of the deal (100-500 MW?)')).toEqual([]);
  });
});
