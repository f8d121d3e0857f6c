import {describe, expect, it} from 'vitest';
import {mailKeyFor} from './mail-key.ts';

describe('mailKeyFor', () => {
  it("uses Gmail's draft id once it exists", () => {
    expect(mailKeyFor({draftId: '#msg-a:r-1', id: 'c1'}, 's')).toEqual({key: '#msg-a:r-1', provisional: false});
  });

  it('keys a mail sent before the first autosave by its compose, within this page', () => {
    expect(mailKeyFor({draftId: null, id: 'c1'}, 'page-a')).toEqual({key: 'compose:page-a:c1', provisional: true});
    expect(mailKeyFor({draftId: null, id: 'c1'}, 'page-b').key).not.toBe(mailKeyFor({draftId: null, id: 'c1'}, 'page-a').key);
  });

  it('never gives two composes without any id the same key', () => {
    const first = mailKeyFor({draftId: null, id: null}, 's');
    const second = mailKeyFor({draftId: null, id: null}, 's');
    expect(first.provisional).toBe(true);
    expect(first.key).not.toBe(second.key);
  });
});
