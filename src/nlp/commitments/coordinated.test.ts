import {describe, expect, it} from 'vitest';
import {analyze} from '../index.ts';

const at = {sentAt: '2026-11-23T15:00:00Z', timeZone: 'America/New_York'};
const promises = (text: string) => analyze({text, ...at}).commitments.map((c) => [c.action, c.due?.phrase ?? null]);

describe('coordinated promises', () => {
  it('tracks "… and …" as one promise, owed when its last act is', () => {
    expect(promises('I will review it with Dana on Monday and get back to you by Tuesday.')).toEqual([
      ['review it with Dana on Monday and get back to you by Tuesday', expect.stringMatching(/Tuesday/)],
    ]);
  });

  it('keeps an undated act and the report back it leads to as one promise, with the report\'s date', () => {
    expect(promises('Let me check with Mark and get back to you tomorrow morning.')).toEqual([['check with Mark and get back to you', 'tomorrow morning']]);
    expect(promises('Mike will look at these and get back to you.')).toHaveLength(1);
  });

  it('does not split on "and" joining things rather than acts', () => {
    expect(promises('I will send the deck and the budget by Friday.')).toHaveLength(1);
    expect(promises('I will call Sam and Dana tomorrow.')).toHaveLength(1);
  });
});
