import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {recordToneCounts} from './tone-stats.ts';
import {computeWeeklySummary} from './weekly-summary.ts';
import type {StoredCommitment} from './records.ts';

const db = useTempDb();

const TZ = 'America/Chicago';
const at = (iso: string) => Date.parse(iso);
const commitment = (id: string, fields: Partial<StoredCommitment>): StoredCommitment => ({
  id, draftId: `d-${id}`, threadId: null, subject: '', sentence: id, action: id, owner: 'me', counterparts: [],
  createdAt: at('2026-11-23T15:00:00Z'), dueAt: null, vague: false, status: 'open', ...fields,
});

describe('weekly summary', () => {
  it('counts commitments made, kept on time, late and open, the executive apart', async () => {
    await db().commitments.bulkAdd([
      commitment('kept', {dueAt: at('2026-11-25T23:00:00Z'), status: 'done', closedAt: at('2026-11-25T20:00:00Z'), closedHow: 'delivered'}),
      commitment('late', {dueAt: at('2026-11-24T23:00:00Z'), status: 'done', closedAt: at('2026-11-26T16:00:00Z'), closedHow: 'marked-done'}),
      commitment('overdue', {dueAt: at('2026-11-25T23:00:00Z')}),
      commitment('undated', {owner: 'executive', ownerName: 'Dana'}),
      commitment('last-week', {createdAt: at('2026-11-17T15:00:00Z'), dueAt: at('2026-12-02T23:00:00Z')}),
      commitment('dismissed', {status: 'dismissed', closedAt: at('2026-11-24T15:00:00Z'), closedHow: 'dismissed'}),
    ]);
    const summary = await computeWeeklySummary(db(), at('2026-11-27T22:00:00Z'), TZ);
    expect(summary.weekStart).toBe('2026-11-23');
    expect(summary.commitments).toEqual({made: 5, keptOnTime: 1, late: 2, open: 3, executive: {made: 1, open: 1}});
  });

  it('tallies tone hints by rule and tier, with a trend over past weeks', async () => {
    await recordToneCounts(db(), '2026-11-24', [{ruleId: 'no-shouting', tier: 'external', count: 2}, {ruleId: 'no-hedging', tier: 'executive', count: 1}]);
    await recordToneCounts(db(), '2026-11-24', [{ruleId: 'no-shouting', tier: 'external', count: 1}]);
    await recordToneCounts(db(), '2026-11-18', [{ruleId: 'no-hedging', tier: 'internal', count: 5}]);
    await recordToneCounts(db(), '2026-11-25', [{ruleId: '_drafts', tier: 'external', count: 2}]);
    const {tone} = await computeWeeklySummary(db(), at('2026-11-27T22:00:00Z'), TZ);
    expect(tone.hints).toBe(4);
    expect(tone.drafts).toBe(2);
    expect(tone.byRule).toEqual({'no-shouting': 3, 'no-hedging': 1});
    expect(tone.byTier).toEqual({external: 3, executive: 1});
    expect(tone.trend.slice(-2)).toEqual([{weekStart: '2026-11-16', hints: 5}, {weekStart: '2026-11-23', hints: 4}]);
    expect(tone.trend).toHaveLength(6);
  });
});
