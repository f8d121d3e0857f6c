// Asks of the reader against the courtesies, pleasantries, pointers and announcements that look like them in real
// mail (forms found reviewing public business mail, docs/quality.md; the sentences are written for the test).
import {describe, expect, it} from 'vitest';
import {analyze} from '../index.ts';

const asks = (text: string) => analyze({text}).requests.map((r) => r.text);

describe('requests on real mail', () => {
  it.each([
    'If you have any questions, please call me at 555-1234.', 'Please do not hesitate to contact me.',
    'Feel free to call me if anything comes up.', 'Let me know if you have any questions.', 'Have a great weekend!',
    'See you Monday.', 'Hope you are well.', 'Please join me in welcoming Dana to the team.', 'Please note that the office is closed Friday.',
    'Please find attached the revised schedule.', 'I will call you tomorrow.', 'Looking forward to seeing you.', 'Talk soon.',
  ])('"%s" asks nothing', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each([
    "Why don't you go ahead and book the room?", 'Would you mind sending the figures?', 'Could you review the draft by Friday?',
    'Bob - please check with Vance on this deal.', 'When done, please forward it back to me.', 'Talk to Susan about joining the group.',
    'Let me know if Tuesday works.', 'Can we meet on Thursday?',
  ])('"%s" asks', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  // Missed on the tenth final sheet (used for development after its figures were taken), reworded.
  it.each([
    'Was I close?', 'Friday 2:00?', 'which do you think is the better option?', 'I also suggest that you move quickly on the offer.',
    'It may be helpful for you to list where these folks would like to go.', 'There are two meetings that day that I would like to have you attend with me.',
    'PLEASE CALL 555-0100 AND LET ME KNOW YOU RECEIVED THIS MESSAGE.',
  ])('"%s" asks, though it reads like an aside', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  // Missed on the eleventh final sheet (used for development after its figures were taken), reworded.
  it.each([
    '1)  Please grant Dana access to the shared mailbox.', 'If you have deals left, please re-calc tomorrow.', 'We need it by 6:00pm tonight.',
    'By this memo, I am requesting that Rod put it on the committee agenda.', 'Can I also get a copy of his resume.',
    'You might want to bring about 5 copies.', 'Drinks tomorrow?',
  ])('"%s" asks, in a plainer wording', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  it.each([
    "If you'd like to stop these notices, please visit your settings page.", 'Please click the link below to open your invitation.',
    'If you have questions or concerns, please direct them to your help desk.',
  ])('"%s" asks nothing of this reader', (text) => {
    expect(asks(text)).toEqual([]);
  });
});
