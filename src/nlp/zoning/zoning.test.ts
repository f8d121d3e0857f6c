// Plain-text mail as the common clients write it: only the writer's own words are zoned in. The forms follow the
// clients' output (the Lotus Notes and Outlook ones as they appear in the public Enron corpus).
import {describe, expect, it} from 'vitest';
import {zone} from './index.ts';

const own = (text: string): string => zone(text).zones.map((z) => text.slice(z.start, z.end)).join(' | ');

describe('zoning plain-text mail', () => {
  it('cuts an Outlook original message and its header block', () => {
    const text = 'Sounds good, I will bring the numbers.\n\n-----Original Message-----\nFrom: Smith, John\nSent: Monday, May 07, 2001 9:14 AM\nTo: Lee, Dana\nSubject: RE: budget\n\nCan you send the budget?';
    expect(own(text)).toBe('Sounds good, I will bring the numbers.');
  });

  it('cuts a header block without a marker line, Lotus Notes lead lines included', () => {
    const text = 'Please see below.\n\nJeff Dasovich@ENRON\n05/03/2001 10:42 AM\nTo: Susan Mara/NA/Enron@ENRON\ncc: \nSubject: Re: PG&E\n\nWhy did you send this?';
    expect(own(text)).toBe('Please see below.');
  });

  it('cuts "Forwarded by" lines and "X wrote:" headers', () => {
    expect(own('FYI.\n---------------------- Forwarded by Kay Mann/Corp/Enron on 04/12/2001 03:03 PM ---------------------------\nWe will call you.'))
      .toBe('FYI.');
    expect(own('Agreed.\n\nDana Lee wrote:\n> I will call you.')).toBe('Agreed.');
  });

  it('drops quoted lines but keeps the replies between them', () => {
    expect(own('> Can you come?\nYes, I can.\n> And Bob?\nHe can too.')).toBe('Yes, I can. | He can too.');
  });

  it('keeps an answer under a long quoted line once a short ">" line ends the quote (a mailing-list reply)', () => {
    const text = '> > On Mon, 9 Sep 2002, Ann Example wrote:\n> Thanks both. The command above works, but only without the double quotes, as here:\n>\n> sh -c \'sortm +inbox\'\n>\nBut the cache files do not get updated.\nIs there a safeguard for this?\n';
    expect(own(text)).toBe('But the cache files do not get updated.\nIs there a safeguard for this?');
  });

  it('keeps prose lines that open on a parenthesis: numbered questions, an aside', () => {
    const text = 'A few questions:\n\n(1) Where does the amount come from?  Is it margin?\n\n(2) Why are there two entries?\n\nThanks.\n\nSara';
    expect(own(text)).toBe('A few questions:\n\n(1) Where does the amount come from?  Is it margin?\n\n(2) Why are there two entries?\n\nThanks.');
    expect(own('Please activate the products\n(all terms) including the restricted ones.')).toBe('Please activate the products\n(all terms) including the restricted ones.');
  });

  it('drops a signature contact block without a sign-off', () => {
    const text = 'The contract is attached.\n\nDana Lee\nVice President, Operations\nAcme Corp.\n1400 Smith Street, Suite 3100\nHouston, TX 77002\nPhone: (713) 853-1234\nFax: 713.646.5555\ndana.lee@acme.com';
    expect(own(text)).toBe('The contract is attached.');
  });

  it('drops a name alone on the last line', () => {
    expect(own('I will look at it tonight.\n\nJeff')).toBe('I will look at it tonight.');
    expect(own('I will look at it tonight.\n-Jeff')).toBe('I will look at it tonight.');
  });

  it('cuts disclaimers, mailing-list footers and free-mail ads', () => {
    expect(own('See you then.\n\nThis e-mail is the property of Enron Corp. and may contain confidential information.')).toBe('See you then.');
    expect(own('Patch attached.\n_______________________________________________\nDev mailing list\nDev@lists.example.org\nhttp://lists.example.org/mailman/listinfo/dev'))
      .toBe('Patch attached.');
    expect(own('Call me.\n\n__________________________________________________\nDo You Yahoo!?\nGet your free @yahoo.com address at http://mail.yahoo.com')).toBe('Call me.');
  });

  it('skips machine output: tables, logs and lines of figures', () => {
    const text = 'Here are the volumes.\nDeal   Volume   Price   Date\n12345   10,000   2.95   05/01\n[10:02:33] ERROR svc=gas code=0x80040154\nLet me know if they look right.';
    expect(own(text)).toBe('Here are the volumes. | Let me know if they look right.');
  });

  it('cuts press-release boilerplate', () => {
    const text = 'Acme today announced a new plant.\n\nAbout Acme\nAcme is a leading maker of widgets.\n\n###';
    expect(own(text)).toBe('Acme today announced a new plant.');
  });

  it('keeps ordinary prose, lists and short lines that are not a signature', () => {
    expect(own('Hi Dana,\n\nTwo things:\n- the deck\n- the budget\n\nI will send both on Friday.')).toBe('Hi Dana,\n\nTwo things:\n- the deck\n- the budget\n\nI will send both on Friday.');
  });
});

describe('what zoning tells the rules', () => {
  it('says whether the writer signed and whether earlier mail is quoted', () => {
    expect(zone('Done.\n\nJeff')).toMatchObject({signed: true, quoted: false});
    expect(zone('Done.\n\nOn Mon, Dana wrote:\n> Is it done?')).toMatchObject({signed: false, quoted: true});
    expect(zone('Done, the figures are in the shared folder.')).toMatchObject({signed: false, quoted: false});
  });

  it('skips form fields and markup but keeps labelled prose', () => {
    expect(own('Request Create Date : 10/11/01 10:24:53 AM\nReport Total: $795.85\n<str name="echoParams">ALL</str>\nNote: the totals are final.'))
      .toBe('Note: the totals are final.');
  });
});
