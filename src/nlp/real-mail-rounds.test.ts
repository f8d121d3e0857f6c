// What this stop's rounds of the real-mail review taught (docs/quality.md), kept as behaviour: the seventh, eighth
// and ninth development sheets, and the third final sheet once its figure was taken (a final sheet's errors are used
// for development only after it is reported; the next figure comes from a fresh sheet). Each case is a form the
// reviewers found in public business mail, written anew here: no corpus text is copied.
import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

const external = [{email: 'ana@client.example', tier: 'external' as const}];
const toMany = (n: number) => Array.from({length: n}, (_, i) => ({email: `p${i}@corp.example`, tier: 'internal' as const}));
const asks = (text: string, recipients = 1) => analyze({text, recipients: toMany(recipients)}).requests.map((r) => r.text);
const promises = (text: string) => analyze({text}).commitments.map((c) => c.text);
const rules = (text: string) => analyze({text, recipients: external}).hints.map((n) => n.ruleId);

describe('the seventh development sheet', () => {
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
});

describe('the eighth development sheet', () => {
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
});

describe('the ninth development sheet', () => {
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
});

describe('the third final sheet, once its figure was taken', () => {
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
});

// The next stop's rounds: the fourth final sheet once its figure was reported, and the tenth development sheet, the
// first drawn from the sent folders of the whole CMU Enron release.
describe('the fourth final sheet, once its figure was taken, and the tenth development sheet', () => {
  describe('sentences that ask nothing', () => {
    it.each([
      'How goes it?', 'How goes it, girlfriend?', 'Where have you been?', 'Whats going on dude ?', 'Have a great w/e.', 'Hey, look at that!',
      'Please let me know if you need any additional information.', 'Could you please do me a favor?', 'I am hoping next time I could visit you all.',
      'Please notify the sender of the delivery error by replying to this message, and then delete it from your system.',
      'Pursuant to your request, attached is a plain motion to intervene.', 'Please use your UNIX id and password to access the system.',
      'Please see id and initial password below for the new tool:', 'Say hi to Scott, Eric and Brian.',
      'Give me a little time and I\'ll get you some names.', 'Absolutely, we would enjoy having Angela join us for dinner.',
      'We should hear from the bank in Houston on Monday.', 'I wonder if this will ever get to Ireland?', 'Otherwise try me at home then on my cell.',
      'Use Page Setup under the File menu if you want to print in landscape.', 'Can you freakin\' believe it?', 'I\'ll see you tonight at choir rehearsal.',
      'I assume I am already on your list, but please let me know if you need any additional information from me.',
    ])('"%s"', (text) => {
      expect(asks(text)).toEqual([]);
    });

    it('still asks when the wondering or the tip is an ask', () => {
      expect(asks('I wonder if it is possible to run the index on a single server?')).toHaveLength(1);
      expect(asks('Feel free to test it and please let us know the results.')).toHaveLength(1);
    });
  });

  describe('promises', () => {
    it.each([
      "I'm going to leave the cosmetic issues to others.", 'On those I will defer to Diana.', "Come on over some time and we'll give you the grand tour.",
      "Let's try this, I will copy the contents here.", 'They will follow with the power groups on the following Friday.',
      "It's west basis, so I should be able to draw on my power knowledge a little bit.", "This deal is contingent on credit - he'll let me know later today.",
    ])('"%s" promises nothing', (text) => {
      expect(promises(text)).toEqual([]);
    });

    it('"should be able to" promises a deliverable to the reader', () => {
      expect(promises('I should be able to send you the figures tomorrow.')).toHaveLength(1);
    });

    it('to the whole company, the company\'s plans are announced, not promised; the writer\'s own still are', () => {
      const all = [{email: 'all.worldwide@corp.example', tier: 'internal' as const}];
      expect(analyze({text: 'We plan to sell our energy products to the new customers.', recipients: all}).commitments).toEqual([]);
      expect(analyze({text: 'I will send the survey results on Friday.', recipients: all}).commitments).toHaveLength(1);
      // A mail to a project's list is a conversation, not a broadcast.
      expect(analyze({text: 'Could you post the logs?', recipients: [{email: 'users@flink.example.org', tier: 'internal'}]}).requests).toHaveLength(1);
    });
  });

  describe('hints', () => {
    it.each([
      'Halloween was October 15 this year, but I lost 2 weeks somewhere!!!!!!!!!', 'Satnam, my brother is probably going to use this as an excuse now!!!',
      'As soon as we have the dates ready, we\'ll let you know.', 'I\'ll be happy to make the copy, or whatever makes it easy for you.',
      'I received the docs this morning and will get back to Mark asap.', 'We will follow up with duplicate originals for execution.',
      'Are you going this weekend? I plan on going on Sunday without the boys just to see how many guys actually show up. We saw some big ducks at the lake on Sunday morning and the boys got off some shots early but did not hit anything.\n\nlet me know,\nkh',
    ])('"%s" gets none', (text) => {
      expect(rules(text)).toEqual([]);
    });

    it('"!!!" at the reader is still one', () => {
      expect(rules('First you have to get the win32 files !!!')).toContain('no-shouting');
    });
  });
});

describe('tone beyond word lists, from the development half of the Wikipedia requests', () => {
  it.each([
    ['Explain why you continue to revert the lede.', 'no-blame'],
    ['Can you explain why you removed the section?', 'no-challenging-question'],
    ["I don't understand why you removed the section.", 'no-challenging-question'],
    ['On what grounds do you call it an attack page?', 'no-challenging-question'],
    ["What's with all the tags on the article?", 'no-challenging-question'],
    ['IMDB calls her Ethyl, not Ethel. Which is it?', 'no-challenging-question'],
    ['So you are still sidestepping the question.', 'no-blame'],
    ["You didn't answer about the status of the image.", 'no-blame'],
    ['Can you block this moron from editing the page?', 'no-harsh-wording'],
    ["You're a troll.", 'no-harsh-wording'],
  ])('"%s" gets %s', (text, rule) => {
    expect(analyze({text}).hints.map((n) => n.ruleId)).toContain(rule);
  });

  it.each(['The troll in the story guards the bridge.', 'Could you explain why the booking moved?', 'Which room is it in?'])('"%s" gets none', (text) => {
    expect(analyze({text}).hints.filter((n) => n.type === 'tone')).toEqual([]);
  });
});

describe('the fifth final sheet, once its figures were taken', () => {
  it.each([
    'I will look forward to seeing you there.', "I'm going to the rodeo this afternoon so that should be good.", "I'll be happy to look into it.",
    'I can also introduce you to my associate, who studies Italian on his own.', 'I will go if I can.',
    "I'm going to start calling you backout if you don't shape up.", 'I will certainly keep you in prayer, my child.', 'I am sending you my CV for any openings you may know of.',
  ])('"%s" promises nothing', (text) => {
    expect(promises(text)).toEqual([]);
  });

  it('a promise under way with its day, and an offer with its day, are promises', () => {
    expect(promises('FYI, I am sending the revised agreement to you today so that you can review it.')).toHaveLength(1);
    expect(promises("I'll be happy to send it Friday.")).toHaveLength(1);
  });

  it('"email you and let you know" is one promise; so is "review it Monday and get back to you Tuesday"', () => {
    expect(promises('I will email you tomorrow morning and let you know.')).toHaveLength(1);
    expect(promises('I will review it on Monday and get back to you by Tuesday.')).toHaveLength(1);
  });

  it('a task handed to the reader by name is not the writer\'s promise', () => {
    const text = 'Gloria will let us know which contract to use for this deal.';
    expect(analyze({text, recipients: [{email: 'gloria.solis@corp.example', tier: 'internal'}]}).commitments).toEqual([]);
    expect(analyze({text, recipients: [{email: 'bob@corp.example', tier: 'internal'}]}).commitments).toHaveLength(1);
  });

  it.each([
    'You de woman!!!', 'Nice job on your new truck!!!!', 'Did you see the game last night???', 'Just checking in on the Ohio numbers.',
    'That film has such stupid humor.',
  ])('"%s" gets no hint', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('"!!!" and "???" in a complaint, and an insult at the reader, still get one', () => {
    expect(rules("Why haven't you paid the invoice yet????")).toContain('no-challenging-question');
    expect(rules('You never sent the contract!!!')).toContain('no-shouting');
    expect(rules('You are an idiot.')).toContain('no-harsh-wording');
  });
});

describe('the sixth final sheets, once their figures were taken', () => {
  it.each([
    "I'll put some thought into it.", "If you join us for the discussion, we will review the four candidates.", 'I can swirl other stuff for 10:00, I would not be able to do 11:00.',
    "We'll all just move on and look for other jobs.", 'To follow-up on the pool matters --', "We'll find out at this game.", 'More later,',
  ])('"%s" promises nothing', (text) => {
    expect(promises(text)).toEqual([]);
  });

  it.each(['More information will follow.', 'I can send it over tomorrow.', 'More details to follow.'])('"%s" promises', (text) => {
    expect(promises(text)).toHaveLength(1);
  });
});

describe('asks without "please" or a question mark, from the fifth and sixth final sheets and the eleventh development sheet', () => {
  it.each([
    'Could one of you please take a look at the note below and see if you can answer her questions.', 'anyway, can you send me that note on the vote.....',
    'give me a call when you return.', 'If you have not logged on to designate reviewers, please do so today.', 'I would like to get this approved as soon as possible.',
    'What is the latest on the feeds.', 'Robert and Scott--- what should we do about this.', 'I need 2 cases of Thin Mints and 6 packages of Shortbread.',
    'You need to add the financial swap to your profile.', 'Both of you need to sign the settlement in front of a notary as well.',
    'Drew, Rob and I both would like for you to continue attending the staff meetings.', 'We need to quickly put together some talking points.',
    "Let's head to lunch on Friday.", 'I would like to change my parking contract to the other garage.',
  ])('"%s" asks', (text) => {
    expect(asks(text)).toHaveLength(1);
  });

  it.each(['I would like to add the following commentary to the deck.', 'print e.coef_', "I'll talk to you soon."])('"%s" asks nothing', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it('a sign-off and an assumption promise nothing', () => {
    expect(promises("I'll talk to you soon.")).toEqual([]);
    expect(promises('Assuming this is true, I will work directly with him.')).toEqual([]);
    expect(promises('I will talk to you tomorrow about the budget.')).toHaveLength(1);
  });
});

describe('the seventh final sheets, once their figures were taken', () => {
  it.each([
    'If I left anything out, please let me know.', 'Monday would be better.', 'How was Cabo?', "We'll see you the next time.",
    "If I don't talk to you, have a great long weekend and I will talk to you on Tuesday.", "What's wrong with this picture?",
    'Can you imagine failing and having to take it again?!!', "Don't be upset if I don't return your email for awhile.", 'i would love to get to miami.',
  ])('"%s" asks nothing', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it('a wish that names the reader still asks', () => {
    expect(asks('It would be great if you could send it.')).toHaveLength(1);
  });

  it.each(['Please let me or Don know of your comments.', 'He will contact you should circumstances change.', 'I will be there in spirit only.'])('"%s" promises nothing', (text) => {
    expect(promises(text)).toEqual([]);
  });

  it('a promise on the reader\'s agreement is a promise; a courtesy on their interest is not', () => {
    expect(promises('If you are in agreement, I will prepare execution documents.')).toHaveLength(1);
    expect(promises('If you are interested, I will be glad to send the details.')).toEqual([]);
  });
});

describe('the eighth and ninth final sheets, once their figures were taken', () => {
  it.each([
    "Let me know if there's something else I can do on these deals.", 'Let me know if you want them.', 'If Willamette has any other questions, let me know.',
    "You're also more than welcome to call me first.", 'Please give them both my best.', "Ingrid's fine - and you?", 'Hold tight!',
    'And how are my grandbabies?', 'That is ok with me.', 'I am available tomorrow after 3.',
  ])('"%s" asks nothing', (text) => {
    expect(asks(text)).toEqual([]);
  });

  it('a form the writer filled in asks nothing; the ask under it still does', () => {
    const form = '5. Candles on your last birthday cake? 29\n6. Date you blow them out? Sept 15\n17. Been in love before? Yes\n18. Been to Europe? No\n\nCould you fill it in and send it back?';
    expect(asks(form)).toEqual(['Could you fill it in and send it back?']);
    expect(asks('Can you send the deck? I need it.\nCan you call Dana? She knows.\nCan you book it? Thanks')).toHaveLength(3);
  });

  it.each([
    "I'll try to help the best I can.", 'If I get some free time I\'ll hack something together.', "Surely they'll give us that long.",
    'I will continue to monitor as we work toward integrating the positions.', 'I will catch you later man.', "I'll put them in my address book.",
  ])('"%s" promises nothing', (text) => {
    expect(promises(text)).toEqual([]);
  });
});
