import {describe, expect, it} from 'vitest';
import {deliveredCommitments, isDeliverySentence} from './delivery.ts';

const deck = {id: 'deck', action: 'send the board deck', sentence: "I'll send the board deck by Friday."};
const venue = {id: 'venue', action: 'confirm the venue', sentence: 'We will confirm the venue tomorrow.'};

describe('delivery', () => {
  it.each([
    'Attached is the updated deck.', "Here's the deck we discussed.", 'Please find the agenda below.',
    "I've booked the room for Thursday.", 'All done.', 'As promised, the numbers.',
  ])('reads "%s" as a delivery', (sentence) => {
    expect(isDeliverySentence(sentence)).toBe(true);
  });

  it.each(["I'll send the deck tomorrow.", 'Can you send me the deck?', 'Thanks for the update.'])(
    'does not read "%s" as a delivery', (sentence) => {
      expect(isDeliverySentence(sentence)).toBe(false);
    });

  it('closes the promise a delivery names, not the others', () => {
    expect(deliveredCommitments([deck, venue], ['Attached is the board deck.'], false)).toEqual(['deck']);
    expect(deliveredCommitments([deck, venue], ["I've confirmed the venue for the 4th."], false)).toEqual(['venue']);
  });

  it('closes the only open promise of a thread on any delivery cue or attachment', () => {
    expect(deliveredCommitments([deck], ['Here you go.'], false)).toEqual(['deck']);
    expect(deliveredCommitments([deck], ['Thanks!'], true)).toEqual(['deck']);
  });

  it('closes nothing when it cannot tell which, or when nothing was delivered', () => {
    expect(deliveredCommitments([deck, venue], ['Here you go.'], false)).toEqual([]);
    expect(deliveredCommitments([deck], ["I'll send it tomorrow, sorry for the delay."], false)).toEqual([]);
  });
});
