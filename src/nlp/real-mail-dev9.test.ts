// What the ninth development sheet of the real-mail review taught (docs/quality.md), kept as behaviour. Each case
// is a form the reviewers found in public business mail, written anew here: no corpus text is copied.
import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

const external = [{email: 'ana@client.example', tier: 'external' as const}];
const asks = (text: string) => analyze({text}).requests.map((r) => r.text);
const promises = (text: string) => analyze({text}).commitments.map((c) => c.text);
const rules = (text: string) => analyze({text, recipients: external}).hints.map((n) => n.ruleId);

describe('no promise', () => {
  it.each([
    'We will celebrate the anniversary next Sunday.', 'Breakfast is at 7:15 and we will begin promptly at 8:00.',
    'I will be attending the standards meetings in Denver next week.', 'I will also check my voicemail frequently.',
    'Dana Ruiz will take Sam\'s place in the controls group.', 'He told me he will look into it today.',
    'Our lawyers will follow up, but I am confident we will get it done in time.',
  ])('"%s"', (text) => {
    expect(promises(text)).toEqual([]);
  });

  it('drops what is quoted under a GroupWise header', () => {
    const text = 'OK, thank you.\nKim\n\n>>> <sam.lee@corp.example> 2/16/01 10:41:43 am >>>\n\nThanks. I\'ll review it and call the lawyers.\n';
    expect(promises(text)).toEqual([]);
  });
});

describe('asks nothing', () => {
  it.each([
    'Let me know if you need me to send it again.', 'Let me know if you have any more questions.',
    'Bob - if you want me to show you how to set it up, let me know.', 'How you doing?', 'Never mind.',
    'Someone should have warned you about the punch.', 'REQUEST_REF =', 'Discuss[1]', 'Update of /cvsroot/project/module',
    'Dana, please find attached the rough estimate.',
  ])('"%s"', (text) => {
    expect(asks(text)).toEqual([]);
  });
});

describe('exclamation marks', () => {
  it('"!!" is everyday emphasis; "!!!" is one hint a mail, however often it comes', () => {
    expect(rules('We need to take deliveries down to zero !!')).toEqual([]);
    expect(rules('Just wanted to be clear!!! Send it by noon!!! Thanks.').filter((id) => id === 'no-shouting')).toHaveLength(1);
  });

  it('warmth with capitals and "!!!" is not shouting', () => {
    expect(rules('We look forward to seeing YOU there!!!')).toEqual([]);
  });

  it('a technical "why would you not be able to…?" is no challenge', () => {
    expect(rules('Why would you not be able to use a different key type?')).toEqual([]);
  });
});
