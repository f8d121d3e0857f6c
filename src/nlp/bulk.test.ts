import {describe, expect, it} from 'vitest';
import {analyze} from './index.ts';

describe('mass mailings', () => {
  it('gives a newsletter no hints, promises or requests', () => {
    const text = 'STAR WARS FAN FILM AWARDS [IMAGE]\nEnter your film in the awards today! Click here to enter.\nGive a gift that lasts all year: only $19.99.\n[IMAGE]\nTo unsubscribe, visit http://example.com/unsubscribe. We will never share your address.';
    const a = analyze({text, recipients: [{email: 'a@b.example', tier: 'external'}]});
    expect([a.hints, a.commitments, a.requests]).toEqual([[], [], []]);
  });

  it('gives an item of a news feed, delivered as mail, nothing either', () => {
    const post = 'Why was that gauge used? Surely you can see the point by now. Can you send me your notes by Friday?';
    const item = analyze({text: `URL: http://example.com/weblog/#8547\nDate: Not supplied\n\n${post}`});
    expect([item.hints, item.commitments, item.requests]).toEqual([[], [], []]);
    // The same words typed by a person, a link of theirs included, are still read.
    expect(analyze({text: `${post} The link: http://example.com/weblog/#8547`}).requests).not.toEqual([]);
  });

  it('still coaches a person who includes a link or a price', () => {
    const text = 'Hi Ana, the quote is $4,500 and the spec is at https://example.com/spec. Could you confirm by Friday? I will send the contract on Monday.';
    const a = analyze({text});
    expect(a.requests).toHaveLength(1);
    expect(a.commitments).toHaveLength(1);
  });
});
