import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {recordUnanswered} from './unanswered-nudges.ts';
import {dropNudgesOf} from './commitment-nudges.ts';
import {nudgesDueNow} from './nudges.ts';
import {words} from '../shared/stored-text.ts';

const db = useTempDb();
const english = 'Sam asked for this by Friday; your reply doesn’t say when.';
const item = {fingerprint: 'f1', message: {ruleId: 'no-such-rule', messageId: 'm', args: [], english}};

describe('unanswered requests', () => {
  it('come back once, from the given time, and leave with a withdrawn send', async () => {
    expect(await recordUnanswered(db(), 'd1', 'Q4 planning', [item], 1_000, 5_000)).toBe(1);
    expect(await recordUnanswered(db(), 'd1', 'Q4 planning', [item], 2_000, 5_000)).toBe(0);
    expect(await nudgesDueNow(db(), 4_999)).toEqual([]);
    expect((await nudgesDueNow(db(), 5_000)).map((nudge) => [nudge.kind, words(nudge.title), words(nudge.detail)])).toEqual([
      ['unanswered-request', english, 'In your reply on “Q4 planning”.'],
    ]);
    await dropNudgesOf(db(), ['d1']);
    expect(await db().nudges.count()).toBe(0);
  });
});

describe('recordUnanswered with two asks reported alike', () => {
  const db = useTempDb();
  it('stores one nudge for one fingerprint, and fails nothing', async () => {
    const message = {ruleId: 'require-answer-to-request', messageId: 'm', args: [], english: 'Sam asked for the plan'};
    const items = [{fingerprint: 'same', message}, {fingerprint: 'same', message}];
    expect(await recordUnanswered(db(), '#msg-a:r-5', 'Q4', items, 0, 1)).toBe(1);
    expect(await db().nudges.count()).toBe(1);
  });
});
