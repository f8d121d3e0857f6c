// The tone rules on mail-like sentences: ordinary business questions, thanks, sympathy, quotes, suppositions and
// negations must stay quiet; the pointed versions of the same words must not.
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/nlp/index.ts';

const TONE = new Set([
  'no-absolutes', 'no-blame', 'no-challenging-question', 'no-condescension', 'no-dismissive', 'no-harsh-wording', 'no-hedging',
  'no-over-apology', 'no-passive-aggressive', 'no-sarcasm',
]);
const hints = (text: string) => analyze({text}).hints.filter((n) => TONE.has(n.ruleId)).map((n) => `${n.ruleId}: ${n.actual}`);

describe('tone rules stay quiet on ordinary mail', () => {
  it.each([
    // Questions a reader expects.
    'Did you get a chance to look at the deck?', 'Have you had a chance to review the contract?',
    'Do you have time on Tuesday for a quick call?', 'Are you available at 3 tomorrow?', 'Could you send me the final numbers?',
    "Why don't you go ahead and book the 9am?", "Why don't you give her a call this afternoon?", 'Why not move the dinner to Thursday?',
    'What do you think?', 'Why do you think the numbers dipped in May?', 'Do you know why the flight was rescheduled?',
    'Sorry, why did the venue change? Thanks for checking.', 'Could you tell me why the invoice went up, please?',
    'What time works for you?', 'Is there a reason to prefer the Hilton over the Marriott?', 'Where did you get those great photos?',
    'I was wondering why you chose the second venue; it looks great.',
    // Thanks and praise.
    'I just wanted to say thank you for organising the offsite.', 'I just wanted to let you know the car is booked for 7.',
    'Just checking in to say congratulations on the launch!', 'Thanks a lot for the quick turnaround.', 'Wow, thanks, this is perfect!',
    'You never fail to impress the board.', 'Thanks, you are always so generous with your time.', 'Good to know, thanks!',
    'It was so nice of you to invite us.', 'Glad you could make it to the offsite.',
    // Sympathy is not an apology.
    "I'm so sorry to hear about your father.", "I'm so sorry for your loss.",
    // Negated, supposed, quoted, aimed at nobody.
    "It's not your fault; the airline cancelled.", 'If this is unacceptable to you, let me know and we will find another slot.',
    'If it were useless we would have cancelled it.', 'The old projector is useless, so we booked a new room.',
    'Hotel prices that week are absurd.', 'She wrote "this is unacceptable" in the survey, which we will discuss Monday.',
    'You should have received the invite by now.', "I'm sorry, this should never have happened.",
    "Don't worry, it's not that hard; I can show you on Monday.", 'As we discussed, the offsite is in May.',
    // Announcements that share words with rebukes.
    'Going forward, the weekly sync will be on Tuesdays.', 'Going forward, please copy me on your replies.', 'Friendly reminder: the office closes at 3 on Friday.',
    "It wasn't really your fault.", 'Your note must be a joke, I do not get it.', 'Thanks in advance for your prompt reply.',
    'We are hosting the summit for the second time this year.', "That's your call.", 'Whatever works for you is fine with me.',
    "I'll deal with it first thing tomorrow.", 'Could you deal with it before Friday?', "I don't mind which restaurant.",
    'Lunch, a movie, whatever, I would be up for it.', 'You never know with flights in December.',
  ])('%s', (text) => {
    expect(hints(text)).toEqual([]);
  });
});

describe('tone rules catch the pointed versions', () => {
  it.each([
    ['Why did you cancel the car service?', 'no-challenging-question: Why did you'],
    ['Hi Tom, why is your report late again?', 'no-challenging-question: why is your'],
    ['Did you even read my email?', 'no-challenging-question: Did you even'],
    ['How many times do I have to ask?', 'no-challenging-question: How many times do I'],
    ["What part of 'no' don't you understand?", 'no-challenging-question: What part of'],
    ['Who told you to cancel the booking?', 'no-challenging-question: Who told you to'],
    ['Is there a reason you skipped the review?', 'no-challenging-question: Is there a reason you'],
    ['Does this look like a help desk to you?', 'no-challenging-question: Does this look like a help desk to you'],
    ['Thanks for nothing.', 'no-sarcasm: Thanks for nothing'],
    ['Glad you could finally join us.', 'no-sarcasm: Glad you could finally'],
    ["I'm sure you're very busy, but the form is still missing.", "no-sarcasm: I'm sure you're very busy"],
    ['Wow, thanks.', 'no-sarcasm: Wow, thanks'],
    ['The launch was not handled well.', 'no-blame: was not handled well'],
    ['Nobody bothered to tell the caterer.', 'no-blame: Nobody bothered to'],
    ['As you were told, the deadline is Friday.', 'no-blame: As you were told'],
    ['This should never have happened.', 'no-blame: This should never have happened'],
    ["It's not rocket science.", 'no-condescension: not rocket science'],
    ['Let me explain this again.', 'no-condescension: Let me explain this again'],
    ['You need to understand that the board decides.', 'no-condescension: You need to understand'],
    ['Try to keep up.', 'no-condescension: Try to keep up'],
    ['Surely you know the policy.', 'no-condescension: Surely you'],
    ["That's not my job.", 'no-dismissive: not my job'],
    ["That's your problem.", "no-dismissive: That's your problem"],
    ['Deal with it.', 'no-dismissive: Deal with it'],
    ['Who cares?', 'no-dismissive: Who cares'],
    ["I don't care.", "no-dismissive: I don't care"],
    ['Your summary was careless.', 'no-harsh-wording: careless'],
    ['Friendly reminder that your forms are still due.', 'no-passive-aggressive: Friendly reminder'],
  ])('%s', (text, expected) => {
    expect(hints(text)).toContain(expected);
  });
});

describe('tone rules on hostile input', () => {
  it('stay linear on long runs of cue words, spaces and punctuation', () => {
    const text = ['why did you '.repeat(3000), ' '.repeat(50_000), '?!'.repeat(5000), 'you were supposed to '.repeat(2000), "if it's not ".repeat(3000)].join('\n');
    const started = performance.now();
    analyze({text});
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
