// What the seventeenth final sheets taught once their figures were taken (docs/quality.md), with the misses of the
// earlier judged sheets re-read: a day accepted, a task handed to a named helper, a colleague named with a surname or
// an appositive, "tell you as soon as…", "see you for dinner"; and the pleasantries and forecasts that ask nothing.
// Each case is a form the reviewers found in public mail, written anew here: no corpus text is copied.
import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

const promises = (text: string) => analyze({text}).commitments.map((c) => c.text);
const asks = (text: string) => analyze({text}).requests.map((r) => r.text);

describe('promises the judged sheets showed were missed', () => {
  it.each([
    'The 9th works for me.', 'Next Thu it is.', '3:30 pm is fine tomorrow.', 'Either the 2nd or the 3rd will work, I can come by after lunch.',
    'Monday is fine with me.',
  ])('"%s" takes a day the reader offered', (text) => {
    expect(promises(text)).toEqual([text]);
  });

  it('the day taken is when the promise is owed', () => {
    const [taken] = analyze({text: 'Friday works for me.', sentAt: '2026-12-01T09:00:00Z'}).commitments;
    expect(taken?.due?.phrase).toMatch(/friday/i);
  });

  it.each(['That works for me.', 'I hope your weekend is great!', 'The plan is fine.', 'This week is good for the desk, but next week is bad.'])(
    '"%s" takes no day', (text) => {
      expect(promises(text)).toEqual([]);
    });

  it.each([
    'I will have Dora Quint draft the amendment and send it to you.', 'I will have my assistant send it under separate cover.',
    'I have asked my assistant, Lena Park, to set up a call with you for Monday.',
    'Nina Roth, our credit analyst, will compile and send you the exposure report.', 'Paul Edgerton will be helping you with the filing.',
    'She plans to call you with the names.',
  ])('"%s" hands a task for the reader to someone the writer names', (text) => {
    expect(promises(text)).toEqual([text]);
  });

  it('a company with a capital inside its name is not a colleague', () => {
    expect(promises('At that point NorCal will confirm down to the burn.')).toEqual([]);
  });

  it.each(['Dana, we are working on a draft and should have something for you early next week.', 'I will hopefully be in Denver on Monday and will give you a call then.',
    'I will have TJ set up the room.'])('"%s" promises, past a name addressed, a hope in another clause, initials', (text) => {
    expect(promises(text)).toEqual([text]);
  });

  it('"and will" after someone else\'s "they\'ll" is not the writer\'s', () => {
    expect(promises("I doubt they'll agree and will send it anyway.")).toEqual([]);
  });

  it.each(['I will tell you as soon as I hear.', 'I will see you for dinner.', 'I will see you on Tuesday morning.', "I'll be submitting a patch for this shortly.",
    'We are working on a draft and should have something for you early next week.'])('"%s" promises', (text) => {
    expect(promises(text)).toEqual([text]);
  });

  it.each(["I'll tell you, it was a long day.", 'I will see you later.', "I'll try to attend, it is on my calendar.", 'If I hear of anything I will let you know.',
    'I will keep thinking and let you know if anything comes up.', 'Let me know what you think, and we will go from there.', 'More to come.'])(
    '"%s" promises nothing', (text) => {
      expect(promises(text)).toEqual([]);
    });
});

describe('sentences the seventeenth final sheet showed ask nothing', () => {
  it.each([
    'Have a happy turkey day.', 'Give Sam and the baby a big hug for me.', 'I am heading to lunch now so call me on my cell if you need me.',
    'By Friday, we should be above 80%.', "Wouldn't it be nice if these were managed for us?",
  ])('"%s" asks nothing', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each(['Please give Dana a call tomorrow.', 'We should be done by Friday, can you confirm?'])('"%s" still asks', (text) => {
    expect(asks(text)).toHaveLength(1);
  });
});
