// Promises as real mail makes them, and the forecasts, hopes and courtesies it dresses as promises. The forms were
// found reviewing public business mail (docs/quality.md); the sentences here are written for the test.
import {describe, expect, it} from 'vitest';
import {analyze} from '../index.ts';

const at = {sentAt: '2026-11-23T15:00:00Z', timeZone: 'America/New_York', executiveNames: ['Jane Doe']};
const promises = (text: string, subject = '') => analyze({text, subject, ...at}).commitments.map((c) => `${c.owner}: ${c.action}`);

describe('what is a promise on real mail', () => {
  it.each([
    "I don't think I will have to go.", "Hopefully we'll close on Friday.", 'We will probably win the bid.',
    'I think we will be fine.', 'I should have told you earlier.', 'If you have any questions, I will be happy to help.',
    'John will be in Houston next week.', 'They will announce the results in May.', 'I will be out of the office Monday.',
  ])('no promise in "%s"', (text) => {
    expect(promises(text)).toEqual([]);
  });

  it.each([
    ['Will advise after the meeting.', 'me: advise after the meeting'],
    ['Will send it tomorrow.', 'me: send it'],
    ['The agenda will be emailed separately.', 'me: The agenda will be emailed separately'],
    ['Details to follow.', 'me: Details to follow'],
    ["I'm on it.", 'me: on it'],
    ['I should have it to you by Friday.', 'me: have it to you'],
    ["I'll be in touch next week.", 'me: be in touch'],
    ['If the venue confirms, I will send the deposit on Friday.', 'me: send the deposit'],
    ['Mark will send you the contract tomorrow.', 'other: send you the contract'],
    ["I'll send the deck; if you have questions, call me.", 'me: send the deck'],
  ])('"%s" promises', (text, expected) => {
    expect(promises(text)).toEqual([expected]);
  });
});

describe('a due date read from the whole mail', () => {
  const dueOf = (text: string, subject = '') => analyze({text, subject, ...at}).commitments.map((c) => [c.due?.phrase ?? null, c.due?.fromMail ?? false]);

  it('takes the day stated in a nearby sentence, and says so', () => {
    expect(dueOf('See you tomorrow at 10:30. I will bring the printed slides.')).toEqual([['tomorrow at 10:30', true]]);
  });

  it('takes the day in the subject when the body has none', () => {
    expect(dueOf('I will bring the printed slides.', 'Board prep Thursday')).toEqual([['Thursday', true]]);
  });

  it('never takes a date asked of the reader, or one belonging to another clause', () => {
    expect(dueOf('Please send it back today. I will review it.')).toEqual([[null, false]]);
    expect(dueOf('Jane is free on Tuesday; I will send an invitation.')).toEqual([[null, false]]);
  });

  it('asks for no date when a date is in the mail, or none is needed', () => {
    const recipients = [{email: 'ana@client.example', tier: 'external' as const}];
    const hints = (text: string) => analyze({text, recipients, ...at}).hints.filter((n) => n.ruleId === 'require-commitment-date');
    expect(hints('Our call is on Monday at 9. I will send the dial-in.')).toEqual([]);
    expect(hints('I will update the tracker as needed.')).toEqual([]);
    expect(hints('I will get back to you about the dial-in.')).toEqual([]); // tracked on send, nudged if it slips
    const asked = {text: 'When will we have the dial-in for Monday?'};
    expect(analyze({text: 'I will get back to you about the dial-in.', recipients, lastReceived: asked, ...at}).hints.filter((n) => n.ruleId === 'require-commitment-date')).toHaveLength(1);
    expect(hints('I will send the dial-in.')).toEqual([]); // a plain send needs no day outside (judged so on real mail)
  });
});

describe('the tenth final sheet, used for development once its figures were taken', () => {
  const actions = (text: string) => analyze({text}).commitments.map((c) => c.action);
  it('takes no foreseen necessity, benefit, amount or conditional offer for a promise', () => {
    expect(actions('I will have to assign this to Scott or Vickie.')).toEqual([]);
    expect(actions('Will learn a great deal about transport pricing.')).toEqual([]);
    expect(actions('So, we will have about 45,000/day to sell.')).toEqual([]);
    expect(actions('Or you can give them to me and I\'ll fax them over.')).toEqual([]);
    expect(actions('But, if I am still unattached, I will be there!')).toEqual([]);
    expect(actions('Attached are the certificates to be issued in connection with the guaranties.')).toEqual([]);
  });

  it('finds promises made from the reader\'s side, passives of things handed over, and a place taken', () => {
    expect(actions('Your letter was received and you will receive a response as soon as practical.')).toHaveLength(1);
    expect(actions('Details on the location for the meeting will be sent to you early next week.')).toHaveLength(1);
    expect(actions('Count me in.')).toHaveLength(1);
    expect(actions('I will have to ask Mark and get back to you on Monday.').length).toBeGreaterThan(0);
    expect(actions('I\'ll have the draft to Mark by Friday.')).toHaveLength(1);
  });
});

describe('the eleventh final sheet, used for development once its figures were taken', () => {
  const actions = (text: string) => analyze({text}).commitments.map((c) => c.action);
  it('takes no open offer, stance, third party on a condition, willingness with a caveat or inbox check for a promise', () => {
    expect(actions('I will modify it any way your heart desires.')).toEqual([]);
    expect(actions('We will manage our own business when and if it makes sense.')).toEqual([]);
    expect(actions('If he is interested, he will pass on your name to the desk.')).toEqual([]);
    expect(actions('I am happy to sign but I am not in the approval chain anymore.')).toEqual([]);
    expect(actions('I will check my email tomorrow.')).toEqual([]);
  });

  it('finds "gonna" and a promise to have someone do it', () => {
    expect(actions('i am gonna meet you guys out on thurs.')).toHaveLength(1);
    expect(actions('i will have him sign the cocktail napkin.')).toHaveLength(1);
  });
});

describe('the thirteenth final sheet, used for development once its figures were taken', () => {
  const actions = (text: string) => analyze({text}).commitments.map((c) => c.action);
  it('takes no figure of speech and no one else\'s estimate for a promise', () => {
    expect(actions("I'll spare you the details of my trip home.")).toEqual([]);
    expect(actions('Dana thinks we should be able to do this in the first two weeks of May.')).toEqual([]);
    expect(actions('I will send you the details of my trip tomorrow.')).toHaveLength(1);
  });
});

describe('the twelfth development sheet', () => {
  const actions = (text: string) => analyze({text}).commitments.map((c) => c.action);
  it('takes no leaving early, no offer on the reader\'s word and no loss for a promise', () => {
    expect(actions("I'm going to try to get out of here early again today.")).toEqual([]);
    expect(actions("I'll gladly update these prices for you whenever you give me the word.")).toEqual([]);
    expect(actions('If we run, we will lose money.')).toEqual([]);
  });

  it('takes no admission of fault and no vague reassurance for a promise (thirteenth development sheet)', () => {
    expect(actions("I'll take the blame.")).toEqual([]);
    expect(actions("we'll figure something out.")).toEqual([]);
    expect(actions("I'll figure out the fees and send them to you tomorrow.")).toHaveLength(1);
  });

  it('finds "going to work with", "going to help" and a promise to have a named colleague do it (thirteenth sheets)', () => {
    expect(actions('We are going to work with Richard to be sure this cannot happen again.')).toHaveLength(1);
    expect(actions('I am going to help Dana with the deck.')).toHaveLength(1);
    expect(actions("I'm having Martha email it to you.")).toHaveLength(1);
    expect(actions("I'm going to work tomorrow. I'm having lunch with Dana. I'm having trouble with it.")).toEqual([]);
  });

  it('takes no fallback should the reader not, and no wondering, for a promise (fourteenth development sheet)', () => {
    expect(actions("If you can't, we will try to get one of the neighbors.")).toEqual([]);
    expect(actions("A short note will do and we'll wonder where the music went.")).toEqual([]);
  });

  it('takes an offer on the reader\'s answer for no promise (fourteenth final sheet, after its figures)', () => {
    expect(actions('Let me know if HR can not produce that for you and I can get you a copy.')).toEqual([]);
    expect(actions("Anyone interested, give me a shout and I'll put you in touch with Ryan.")).toEqual([]);
    expect(actions('I will send it tomorrow; let me know if you need more.')).toHaveLength(1);
  });

  it('finds "Will get back to you" with its "I" dropped, and takes no figure of speech, joke, auto-reply or appointment for a promise (fifteenth development sheet)', () => {
    expect(actions('Will get back to you.')).toHaveLength(1);
    expect(actions('Will get it to you Monday.')).toHaveLength(1);
    expect(actions("Okay, I'm rambling, so I'll get to the point.")).toEqual([]);
    expect(actions("Stop laughing or I'll beat you senseless.")).toEqual([]);
    expect(actions('I will respond to your message when I return.')).toEqual([]);
    expect(actions('Steve will take over from Beth as CIO of the division.')).toEqual([]);
    expect(actions('Many of you will be receiving a phone call next week from a consultant.')).toEqual([]);
    expect(actions('I will respond to your email tomorrow.')).toHaveLength(1);
  });

  it('takes no past gladness, no reader\'s gladness, no form option and no "try for" for a promise (fifteenth final sheet, after its figures)', () => {
    expect(actions('I was so happy to get your email.')).toEqual([]);
    expect(actions('I know that you will be glad to have Jordan back.')).toEqual([]);
    expect(actions('_____ I will make my own arrangements for transportation.')).toEqual([]);
    expect(actions("We're going to try for the conference room next to Bob's office.")).toEqual([]);
    expect(actions("I'm happy to send it over today.")).toHaveLength(1);
    expect(actions('Karry will be forwarding those this evening.')).toHaveLength(1);
  });

  it('finds answers under way, things to follow soon, a call to be had and gladness after a name; no notes kept, nights out or parties (sixteenth development sheet)', () => {
    expect(actions("I'm still checking on the transaction tape issue.")).toHaveLength(1);
    expect(actions("Oh, Rob, I'm happy to do so!!")).toHaveLength(1);
    expect(actions('Also, an agenda will soon follow.')).toHaveLength(1);
    expect(actions('My ranking memo will follow shortly for your review.')).toHaveLength(1);
    expect(actions("I'll be talking to Stan about the meeting this afternoon.")).toHaveLength(1);
    expect(actions("I'll keep my notes of our conversation anyway.")).toEqual([]);
    expect(actions('Todd and I will just stay downtown.')).toEqual([]);
    expect(actions('We will go out and party when you get back.')).toEqual([]);
  });

  it('finds a memo going out; takes no price quote for a promise (seventeenth development sheet)', () => {
    expect(actions('A memo will be going out with the attendees and the times.')).toHaveLength(1);
    expect(actions("I'll take TCO pool at Index and sell Leach at Index - $.04.")).toEqual([]);
  });

  it('finds the writer\'s word given outright or through someone, answers under way and an RSVP (earlier sheets\' missed lists, re-read)', () => {
    for (const text of ['You can definitely count on me for being at the Nutcracker!', "I'm in.", 'Be back to you soon.', 'I have asked Twanda to set up a call to discuss.',
      'I am checking with the developers whether the state approved it.', "I'm tracking him down right now to check on the term.", 'I will be attending the lunch on Wednesday.']) {
      expect(actions(text), text).toHaveLength(1);
    }
    for (const text of ["But I'll try in the future.", 'I am gonna hang at your pool all weekend.', "I'll take your visa.", 'I have asked Jana to send me an updated list.',
      'I will be attending the standards meetings in Denver next week.']) {
      expect(actions(text), text).toEqual([]);
    }
  });

  it('finds details to follow, "I sure will", a task volunteered for and arranging under way; no outcomes, jokes, seats or travel (eighteenth development sheet)', () => {
    for (const text of ['Details on time and location will follow.', "I sure will - and you're about right.", 'I have also volunteered to coordinate with the University on attendees.',
      'They want a tour of the plant - I am arranging with Bill Donovan.']) {
      expect(actions(text), text).toHaveLength(1);
    }
    for (const text of ['Joe will get promoted at year-end.', "I'll hold them for ransom until I get paid back!!", "If you're late we'll save you a seat.",
      "So, I'll arrive Thursday evening, interview Friday and fly back Monday."]) {
      expect(actions(text), text).toEqual([]);
    }
  });

  it('finds money to hand over, a process being set up and things handed to the reader; no passing, whining or arrangements already made (nineteenth development sheet)', () => {
    for (const text of ['Tell her I will have the money for her on Sunday.', 'We are setting up a process to respond directly to these comments.', 'Your tickets will be distributed to you this week.']) {
      expect(actions(text), text).toHaveLength(1);
    }
    for (const text of ['Thanks but I will pass for now.', "I'll whine more later,", 'I have made arrangements for the curves to be updated daily.']) {
      expect(actions(text), text).toEqual([]);
    }
  });

  it('finds things to have soon and "You will be copied"; no waiting, forecasts, bus rides, maybes or outings (twentieth development sheet)', () => {
    for (const text of ["I'll have the list soon.", 'You will be copied.', "I'll hang out."]) expect(actions(text), text).toHaveLength(1);
    for (const text of ["I'll continue waiting to buy a new car.", 'The deal is anticipated to be signed on Thursday afternoon.', 'I shall take the bus Tuesday morning to the breakfast.',
      'I will try to make it.', 'Ryan and I are going to go snowboarding on Friday.']) {
      expect(actions(text), text).toEqual([]);
    }
  });

  it('finds help, changes and audits under way and a call owed; no leaving, returning, outfits, lunches, judgement reserved or remarks (sixteenth final sheet, after its figures)', () => {
    for (const text of ['Andy will be helping you with this matter.', 'We will be modifying the book set up for any future deals.', "I'm auditing the second two to find out who entered them.",
      'I owe you a phone call about this.', 'You just need to get to town and we will fly you up to Vegas.']) {
      expect(actions(text), text).toHaveLength(1);
    }
    for (const text of ['I will move up a few spots this week.', 'I will leave the office about 2pm.', 'I plan to return to Houston Wednesday morning.', 'I plan to wear something festive myself!',
      "Sounds good, I'll just hit the cafeteria here.", 'I will reserve judgement on that however.', 'We are going to take day trips around that area.', "I'll just note that setoff rights do not apply."]) {
      expect(actions(text), text).toEqual([]);
    }
  });

  it('finds a promise to have people see to it', () => {
    expect(actions("I'll have folks get those and forward them.")).toHaveLength(1);
  });
});
