import {describe, expect, it} from 'vitest';
import {buildDraft} from './draft.ts';

const texts = (text: string) => buildDraft({text}).sentences.map((s) => s.text);

describe('zoning', () => {
  it('drops quoted replies, reply headers and signatures', () => {
    const text = 'Hi Dana,\n\nDone, thanks.\n\nBest,\nSam\nChief of Staff\n\nOn Mon, 3 Jun 2024 at 10:02, Dana Lee <dana@x.com>\nwrote:\n> Can you move it?';
    expect(texts(text)).toEqual(['Hi Dana,', 'Done, thanks.', 'Best,']);
  });
  it('drops ">" lines in the middle and keeps the user’s text around them', () => {
    expect(texts('See below.\n> old text\nAnd one more thing.')).toEqual(['See below.', 'And one more thing.']);
  });
  it('drops forwarded messages, "--" signatures, disclaimers and mobile footers', () => {
    expect(texts('FYI.\n---------- Forwarded message ---------\nFrom: A\nYOU ARE LATE')).toEqual(['FYI.']);
    expect(texts('Sure.\n-- \nSam | +1 555')).toEqual(['Sure.']);
    expect(texts('Sure.\nThis email and any attachments are confidential and intended for the addressee.')).toEqual(['Sure.']);
    expect(texts('Sure.\n\nSent from my iPhone')).toEqual(['Sure.']);
    expect(texts('Ok.\nFrom: Dana Lee\nSent: Monday\nTo: Sam\nSubject: x\nold')).toEqual(['Ok.']);
  });
});

describe('sentences', () => {
  it('split on punctuation but not on abbreviations or initials', () => {
    expect(texts('Mr. Smith arrives at 9 a.m. tomorrow. J. Doe will join, e.g. for lunch! Is that ok?'))
      .toEqual(['Mr. Smith arrives at 9 a.m. tomorrow.', 'J. Doe will join, e.g. for lunch!', 'Is that ok?']);
  });
  it('treat a greeting line and bullets as their own sentences, and join hard-wrapped lines', () => {
    expect(texts('Hi Tom,\nthe room is booked and\nthe car is confirmed.\n- agenda\n- slides')).toEqual([
      'Hi Tom,', 'the room is booked and\nthe car is confirmed.', '- agenda', '- slides',
    ]);
  });
  it('give places that point into the original text (UTF-16 offsets, emoji and CRLF included)', () => {
    const text = '😀 Hi Ana,\r\n\r\nThe café 👍🏽 is booked. Thanks!\r\n> quoted';
    const draft = buildDraft({text});
    for (const s of draft.sentences) expect(text.slice(s.place.start, s.place.end)).toBe(s.text);
    expect(draft.sentences.map((s) => s.text)).toEqual(['😀 Hi Ana,', 'The café 👍🏽 is booked.', 'Thanks!']);
  });
  it('cuts runaway sentences so per-sentence work stays bounded', () => {
    const s = buildDraft({text: 'word '.repeat(1000)}).sentences;
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) expect(x.text.length).toBeLessThanOrEqual(600);
  });
});
