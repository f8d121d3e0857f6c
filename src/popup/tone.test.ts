import {describe, expect, it} from 'vitest';
import {nudgesByRule, ruleLabel, toneTrend, trendSentence} from './tone.ts';
import {shiftDay} from '../shared/zoned-time.ts';

const row = (day: string, ruleId: string, count: number) => ({day, ruleId, tier: 'internal', count});

describe('toneTrend', () => {
  it('buckets rows by week and keeps coached drafts apart from nudges', () => {
    const weeks = toneTrend([
      row('2026-11-16', 'no-shouting', 2), row('2026-11-22', '_drafts', 3), row('2026-11-23', 'no-hedging', 1),
      row('2026-11-29', '_drafts', 1), row('2026-11-30', 'no-hedging', 9), row('2026-11-01', 'no-hedging', 9),
    ], ['2026-11-16', '2026-11-23']);
    expect(weeks).toEqual([{weekStart: '2026-11-16', nudges: 2, drafts: 3}, {weekStart: '2026-11-23', nudges: 1, drafts: 1}]);
  });

  it('shifts day keys across months and years', () => {
    expect(shiftDay('2026-12-28', 7)).toBe('2027-01-04');
    expect(shiftDay('2026-03-02', -7)).toBe('2026-02-23');
  });
});

describe('rule labels', () => {
  it.each([
    ['no-shouting', 'Shouting'], ['no-over-apology', 'Over apology'], ['require-sign-off', 'Missing sign-off'],
    ['prefer-lead-with-ask', 'Lead with ask'], ['custom', 'Custom'],
  ])('%s reads "%s"', (ruleId, label) => {
    expect(ruleLabel(ruleId)).toBe(label);
  });

  it('lists nudges by rule, most frequent first, without the drafts count', () => {
    expect(nudgesByRule({'no-hedging': 1, _drafts: 7, 'no-shouting': 3, 'no-absolutes': 0})).toEqual([
      {ruleId: 'no-shouting', label: 'Shouting', count: 3}, {ruleId: 'no-hedging', label: 'Hedging', count: 1},
    ]);
  });
});

describe('trendSentence', () => {
  it('compares this week with the average before', () => {
    const weeks = [4, 2, 3].map((nudges, index) => ({weekStart: `2026-11-0${index + 1}`, nudges, drafts: 0}));
    expect(trendSentence(weeks)).toBe('3 tone nudges this week, the same as the average of 3 a week over the previous 2 weeks.');
    expect(trendSentence([{weekStart: 'a', nudges: 0, drafts: 0}, {weekStart: 'b', nudges: 1, drafts: 0}])).toBe('1 tone nudge this week; none in the week before.');
  });
});
