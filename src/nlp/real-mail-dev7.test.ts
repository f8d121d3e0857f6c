// What the seventh development sheet of the real-mail review taught (docs/quality.md), kept as behaviour. Each case
// is a form the reviewers found in public business mail, written anew here: no corpus text is copied.
import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

const external = [{email: 'ana@client.example', tier: 'external' as const}];
const asks = (text: string) => analyze({text}).requests.map((r) => r.text);
const promises = (text: string) => analyze({text}).commitments.map((c) => c.text);
const rules = (text: string) => analyze({text, recipients: external}).hints.map((n) => n.ruleId);

describe('asks the sheet showed were missed', () => {
  it.each([
    'Please, resend.', 'You can work it out with Dana directly, but please keep me posted.', 'Please help me understand:',
    'Question: should the change go in now or wait for the new quarter?', 'Did Sam send a price on the Ohio deal.',
    'When you arrive on Tuesday morning, come to the front desk on the third floor.', 'Any ideas how to document these targets',
    'Any help will be appreciated', 'I need comments from people like you by Thursday.', 'Also, we need for you to send us the totals.',
  ])('"%s" asks', (text) => {
    expect(asks(text)).toEqual([text]);
  });
});

describe('sentences the sheet showed ask nothing', () => {
  it.each([
    'Please call if you need more detail.', 'Hey, what\'s up?', 'I hope to see you and Kim on Thursday.',
    'Just to let everyone know, I called the venue on Tuesday.', '# Return the current selection or the clipboard.',
    'val total: Double = rows.map(_.amount).sum', 'If you\'d like to stop these notices, please visit your settings page.',
  ])('"%s" asks nothing', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it('a question about a thing is a question, not a challenge', () => {
    expect(asks('How should I set up the tool to find the same model as before?')).toHaveLength(1);
    expect(rules('Why does it crash when I open the file?')).not.toContain('no-challenging-question');
    expect(rules('Why was my comment removed?')).toContain('no-challenging-question');
  });
});

describe('promises the sheet showed were missed', () => {
  it.each([
    'I will have more figures tomorrow.', 'The change could matter a lot, will keep you posted.',
    'I am pulling the daily prices and should have them to you by the end of the day.', 'I rang them an hour ago and will do so again before we sign.',
    'Send me the other form and I will add it to the request.', 'I will be inviting each of you to interview the candidates in March.',
  ])('"%s" promises', (text) => {
    expect(promises(text)).toEqual([text]);
  });
});

describe('what the sheet showed is no promise', () => {
  it.each([
    'I am sending you my CV for any openings you may know of.', 'The "I\'ll try my best to paste it" procedure:',
    'If the volume runs over, I will receive a notice by e-mail.', 'These are the levels we will be following today.',
  ])('"%s" promises nothing', (text) => {
    expect(promises(text)).toEqual([]);
  });

  it('keeps the physical deliveries under way', () => {
    expect(promises('I am mailing the originals to you today.')).toHaveLength(1);
  });
});

describe('hints the sheet showed were false alarms', () => {
  it.each([
    'Who cares whether the pictures are funny, a picture says more than text.', 'Please tick one: YES NO NOT SURE',
    'I can fax it to you when I get to the office a little later.',
    'Let me know when you get the quotes from the builder. I expect to pay around $3,000 to $5,000 for it. I would like to see the quotes and a description of the work. Some rock will be replaced with siding, I understand.',
  ])('"%s" gets no hint', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a dismissive "Who cares?" and a bare order opening a long first mail to a client', () => {
    expect(rules('Who cares?')).toContain('no-dismissive');
    expect(rules('Send the signed contract back by Friday. The schedule of payments is the one we agreed on the phone last week. The two amendments your counsel asked for are in section 4 of the draft, and the start date of the work moved from February to March.')).toContain('require-greeting');
  });
});
