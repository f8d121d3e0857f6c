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

  // The thirteenth final sheet (used for development after its figures were taken), reworded: goodbyes, small talk,
  // cheers, the writer leaving, an apology, how to read a forward, a question for argument's sake, a forecast.
  it.each([
    'Talk with you later tonight.', 'How is the new job going. How\'s your week?', "What's going on and how was your trip?",
    'Way to go team, keep it up.', "Hook 'em!", 'Have to run to a meeting ...', 'Wait just a minute.',
    "Sorry I didn't get to call you back last night.", 'Start from the bottom and work your way up.', 'Please read below.',
    'Let me know if you need updated figures.', 'So the question becomes: how often must buyers pay for the same disc?',
    'Dana thinks we should be able to finish this in the first two weeks of May.',
  ])('"%s" asks nothing of the reader', (text) => {
    expect(asks(text)).toEqual([]);
  });

  // Missed on the thirteenth final sheet (used for development after its figures were taken), reworded.
  it.each([
    'are you still in tonight', 'what time are you leaving today', 'Rita can you give the night shift access to the portal.',
    'Also, I need to know if the guarantor is the parent company.', 'Just wanted to see if your around for lunch this week.',
    'I think you should send us an invite anyway.', 'How does this list sound for the committee.',
  ])('"%s" asks, without a mark or a "please"', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  // The twelfth development sheet, reworded.
  it.each([
    'please excuse the delay on this --', 'Rest assured I will follow through on this one.', 'Please call if there are any questions.',
    'I will see you for dinner.', 'Bear in mind that my plan is open to suggestions from all of you.', "Let's see...I worked a little on Sunday.",
    'Be back to you soon.', 'Mark also said that we will get paid for the capacity.',
  ])('"%s" asks nothing of the reader either', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each([
    'Just checking to see if things are progressing as scheduled.', 'I just need the exact terms.', "I'd also like you to start looking at the agreements.",
    'Instead, I would like for each of you to think of a question.', 'Just to clarify, I am needing the deal number.',
    'Does anyone have any suggestions about where to put it--other than the attic.', 'Can I get the datasheets for the following companies:',
    'If possible, I would like the following documents copied from the data room:',
  ])('"%s" asks, as a need, a check or a wish', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  // The thirteenth development sheet, reworded.
  it.each([
    'These are February numbers only, right?', 'I just wanted you to take a look at this.', "I'd like to hear preliminary views by 8:30 Monday.",
    "Anybody up for going to the pub tonight to watch the game.", 'i would also like to find out what landing fees i will have to pay.',
  ])('"%s" asks, to confirm, to look, to answer or to join', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  // The fourteenth development sheet, reworded.
  it.each([
    'How is Denver?', 'What has been going on with you?', 'Tell Dana I look forward to seeing her at the lunch on the 11th.',
    'It looks like Thursday is fine.', "Let's just hope the numbers hold.", "Do not believe we've seen the worst yet.", 'Let me guess: the blue one?',
    'Have a Very Merry Christmas and a Happy New Year.', "I'd be happy to chat with you if you still need to.",
  ])('"%s" is small talk, an answer or an offer', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each([
    'Ann, Any progress on this.', 'i want to see the receipt.', 'I am requesting a prepayment of $17,000 for Friday.',
    'Also we need to work on an auto hedge feature for the Chicago office.', 'Due to space limits, we need you guys to fly commercial.',
    'I would suggest getting together with Tom for the lists.', 'Are you guys still planning on going to the party.',
    'Only send me 2 of the tickets please.', 'you in for the rodeo on fri night', 'you partying tonight?', 'Dave, you still read the list?',
    'Could you call me on Monday with further information on our panel?',
  ])('"%s" asks, though tersely or as a need', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  // The fourteenth final sheet (used for development after its figures were taken), reworded: offers, answers,
  // pointers and reassurance.
  it.each([
    'Let me know if HR can not produce that for you and I can get you a copy.', 'But if I can get you addresses or whatever, let me know.',
    "Anyone interested, give me a shout and I'll put you in touch with Ryan.", 'Tell me what I can do to help you.', 'See me for details and questions.',
    "Let me know if this helps, and I'll keep looking.", 'Let me know if you are ever in town - keep in touch', 'I think that time and place are good for me.',
    'See Below in Blue.', "Don't feel bad though, we all get confused at times.", 'Believe it or not, you were lucky.', "What's up cuz?",
  ])('"%s" offers, answers or reassures', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each(['Let me know if you can make it.', 'Let me know if Tuesday works.'])('"%s" still asks', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  it('reads the points of a pasted job posting as duties, not asks, whatever marks its points', () => {
    const posting = 'Chris suggested I send you my resume for the position below.\n\n  a.. Negotiate and manage storage\ntransactions\n  b.. Develop hedging strategies and forecast models\n  c.. Supervise regulatory issues for pipelines\n\n ? Participate in the design of new services.\n\n ? Work closely with the sales groups.\n\nCould you pass it on to the hiring manager?';
    expect(asks(posting)).toEqual(['Could you pass it on to the hiring manager?']);
  });

  // Forms the hand-verified intent sentences (development half) label as asks, reworded: a greeting or a name with a
  // colon before the ask is no form field, a call asked for on a day is no contact offer, a reminder to act asks.
  it.each([
    'Hi: Could you send me a copy of the lease?', 'Hello Maria: could you please make sure that Tom gets these?', 'Ina: could you please get me access to the shared drive?',
    'Please, call me at 555 0100 on Thursday or Friday.', 'Just a reminder to send me the weekly report.',
  ])('"%s" asks', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  it.each([
    'Outage: Enable routing on the server.', 'Just a reminder to all that the office is closed.', 'Call me at 555-0100 if you have questions on Monday.',
    'To ensure delivery to your inbox, please add us to your address book.', 'Please take a moment to complete our short survey.', 'Please keep this e-mail for your records.',
  ])('"%s" is a field, a notice or a mailing', (text) => {
    expect(asks(text)).toEqual([]);
  });

  // The fifteenth development sheet, reworded.
  it.each([
    'FYI - the budget moved to May. FYI - Let\'s discuss.', 'yeah call me tonight.', "and what's the guy's name anyway?", 'get back to me with the details of your evening.',
    'the restaurant is on Main - right?', 'That work?', "Let's have Matt start on the following:", 'Are these numbers consistent with your expectations.',
    'He does not recall this situation - please advise.',
  ])('"%s" asks', (text) => {
    expect(asks(text).at(-1)).toBe(text.replace(/^FYI - the budget moved to May\. /, ''));
  });

  it.each([
    'He will probably take us out for a fabulous lunch.', "I suspect that, if Dana is free on Monday, we'll be meeting.", 'Check this story out, it is from a guy on our floor.',
    'Pretty good story huh?',
  ])('"%s" guesses, points or muses', (text) => {
    expect(asks(text)).toEqual([]);
  });

  // The sixteenth development sheet, reworded.
  it.each([
    'lets figure a date and a location.', 'We should do it at least every other week.', 'You should review it and then report it.',
    'Melissa would like us to begin adding a note to each deal we change.', 'Mr. Lay suggests that you contact Jim Fallon.',
    'We were wondering what there might be to do in Denver on Friday?',
  ])('"%s" asks or proposes', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  it.each([
    'Hi?(oF)', "How's the family?", 'Are you enjoying yourself?', 'Give me a little time.', 'I shall be available next week, except for Friday.',
    'Tues, Wed, and Thurs are good.', 'If not, I believe we should be all set for March.', 'You should have those tomorrow morning.',
    'I have a conflict tomorrow at 10, but would be happy to provide any other information you need.',
    "Wouldn't you have patched something so broken years ago?", 'If you had a program with a known hole, would you run it?',
  ])('"%s" is small talk, an answer, an offer or a hypothetical', (text) => {
    expect(asks(text)).toEqual([]);
  });

  // The seventeenth development sheet, reworded.
  it.each([
    'Consider the two images attached below.', 'Contrast this with the second image.', 'I wanted you to know your email was received.', 'Go it',
    'I understand Dave has arranged a meeting with you and Jeff to discuss.', 'Early afternoon usually works best for me.', "Let me know if you don't see them yet.",
    'Any questions, ask.', "Don't know if I will get enough of that either.", "Better run, let's talk soon.", 'was I bored or what?',
    "Per Jason's request, I am attaching our draft schedule.",
  ])('"%s" explains, answers, tells or signs off', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each([
    'come to my desk or 32c2.', 'remind dave of that...', 'Janet, please meet with Denise (tomorrow if possible) to:', 'I think you need to add another 10,000 to the total.',
    'OK, but do I have to run that command as root or what?', 'Call me on my conf. line to discuss this.',
  ])('"%s" asks', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  // The eighteenth development sheet, reworded.
  it.each([
    'Its very strange, but what to do?', "What's up with you?", 'Did you know?', "Did I tell you I'm working days again?", 'Take Highway 2 south when you get in the city.',
    'Do you want some help - I am your man', 'The Baragava team are available to meet with us on Thursday at 2:00 pm.', 'Agree about liquidity.',
    'He knows we want to meet with Craver and offered to set it up.', "We don't have to call Transco when we change the volumes.",
  ])('"%s" muses, chats, directs or reports', (text) => {
    expect(asks(`Thanks for the note on the deal. ${text}`)).toEqual([]);
  });

  it.each([
    'Your thoughts.', 'May want to add the great job Davis did.', "It's best in the future to copy me on all emails to Whalley.",
    'But just a reminder that we need the broker fee to be $.03.', "I'm interested in any views you may have.", 'We should probably take this deal to zero.',
    'Jarrod: what is our meeting this afternoon about?', 'email me when you send it.', 'Please review and let me know if you have any questions.',
    'Thanks, do I need to do anything to my outlook?', 'is it ok to cancel the extra night.',
  ])('"%s" asks', (text) => {
    expect(asks(`Thanks for the note on the deal. ${text}`)).toEqual([text]);
  });

  // The nineteenth development sheet, reworded.
  it.each([
    "Don't ever hesitate to wave or stop in and say hello.", 'Talk to ya later, Rob', "I've been meaning to call you, but it's been busy here.",
    'I was hoping they would send something last week.', 'Unfortunately, I will not be available at 4:00 PM today.', 'Your family?', "What's the scoop golf-pro?",
    "How's the little one?", "Let me know if there are any other people you'd like added to the list.", 'Please shout with any questions.', 'Questions--let me know.',
  ])('"%s" is a courtesy, small talk or news', (text) => {
    expect(asks(`Thanks for the note on the deal. ${text}`)).toEqual([]);
  });

  it.each([
    'I need language for the Contract Price.', 'I need to have a tape pulled for Ryan on July 3.', 'We will need you to help move our computers.',
    'I am ready for you to send it to Drew.', 'I am writing to ask you to help my associate.', 'Then we should make reservations soon.', 'LETS TALK ABOUT 2:30.',
    'maybe we can get drinks or something this week.', 'you might want to talk with your supervisor.', 'Could you check into this and let me know if there is something we can do?',
  ])('"%s" asks', (text) => {
    expect(asks(`Thanks for the note on the deal. ${text}`)).toEqual([text]);
  });

  // The twentieth development sheet, reworded.
  it.each([
    "How's school going?", 'Are you feeling better?', 'How about yourself?', 'Call if you need anything.', 'Let me know if this one does not work.',
    'Leave me a message if there needs to be work done over the weekend.', 'As requested, please see the attached form of guaranty.',
    'I would like to thank all of you for the opportunity.', 'Lunch as you proposed sounds good.', 'Who knows?', 'I tried to call you last week but you were out.',
    'Then add olive oil, lemon juice, chopped tomatoes and olives.',
  ])('"%s" is small talk, a courtesy, thanks or a recipe', (text) => {
    expect(asks(`Thanks for the note on the deal. ${text}`)).toEqual([]);
  });

  it.each([
    'Add Bob to the distribution list.', 'Reminder to please forward a worksheet for this entity.', 'Just a reminder that you were going to send me an update.',
    'Rebecca, lets just go forward with HPL on Thursday.', 'I feel we should involve her when she returns.', 'I assume that you and your team will implement.',
    'Please refer him to the second point in my note.', 'How is the deal going?', 'How about you?', 'Let me know if this does not work for you guys.',
    'Further to your call, please see the attached draft for your review.',
  ])('"%s" asks', (text) => {
    expect(asks(`Thanks for the note on the deal. ${text}`)).toEqual([text]);
  });

  // The sixteenth final sheet (used for development after its figures were taken), reworded.
  it.each([
    'I am only available on the 14th.', 'The 4th looks good for now', 'is it cold in neb?', 'Start with the last message and work your way up.',
    'Cover letter and resume from my brother are attached.', "I'd be happy to talk to either of you about our experience.", 'Have to agree on the beer front as well.',
    'Look how large some people are.', 'Need to develop an approval process.',
  ])('"%s" tells, answers or chats', (text) => {
    expect(asks(`Thanks for the note on the deal. ${text}`)).toEqual([]);
  });

  it.each([
    'Need to know interest level ASAP.', 'Is there a way to get my mail downloaded off the server.', 'Any other suggestions welcome.', 'Still waiting for my car keys.',
    'You might tell Mike that we can provide desk space.', 'I was hoping I could get cell phone numbers from a few of you.', 'I would like Anne to be responsible for this process.',
    'I wanted to know what you had done with your place.', 'wanna get a smoothie after school?', 'Give Mark Taylor a call at 713-555-0100; he runs the desk.', 'Does EES have any exposure.',
  ])('"%s" asks', (text) => {
    expect(asks(`Thanks for the note on the deal. ${text}`)).toEqual([text]);
  });

  it('reads the prompts of a returned form as no asks', () => {
    const form = 'Full Name: Jane Tholt\n\nLogin ID:  jtholt\n\nExtension:  35539\n\nDo you have a PDA?  no\n    If yes, who?\n\nDo you have access to a shared calendar?\n    If yes, which shared calendar?  west desk calendar\n\nPlease list all databases that you currently use:\n\nWill you be out of the office in the near future?';
    expect(asks(form)).toEqual([]);
  });

  // The fifteenth final sheet (used for development after its figures were taken), reworded.
  it.each([
    'Assume you want to sell the spread at 4.', 'Did you know that Exmar exercised the options?', 'What is the world coming to????', 'Any questions, call me.',
    'Either way, consider it done.', 'Publish away!', 'And please tell Richard that we said hello.', 'Talk to you guys soon.',
  ])('"%s" works an example, tells news or is a courtesy', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it.each(['Please tell Richard to call me.', 'Did you know about the call?'])('"%s" still asks', (text) => {
    expect(asks(text)).toEqual([text]);
  });

  it.each([
    "If you'd like to stop these notices, please visit your settings page.", 'Please click the link below to open your invitation.',
    'If you have questions or concerns, please direct them to your help desk.',
  ])('"%s" asks nothing of this reader', (text) => {
    expect(asks(text)).toEqual([]);
  });
});
