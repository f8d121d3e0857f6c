// Tone statistics as the week view shows them. The store counts coached drafts as a pseudo-rule ('_drafts', one per
// sent draft) beside the real rules, so every figure here keeps the two apart: a draft is not a nudge.
import {shiftDay} from '../shared/zoned-time.ts';
import type {ToneStat} from '../store/records.ts';

import {DRAFTS_COACHED} from '../store/tone-stats.ts';

export {DRAFTS_COACHED};

export type TrendWeek = {weekStart: string; nudges: number; drafts: number};

/** Per week (weekStarts oldest first, each a Monday `YYYY-MM-DD`): tone nudges and drafts coached. */
export function toneTrend(rows: ToneStat[], weekStarts: string[]): TrendWeek[] {
  const weeks = weekStarts.map((weekStart) => ({weekStart, nudges: 0, drafts: 0}));
  for (const row of rows) {
    // Day keys sort as dates, so a row belongs to the last week starting on or before its day.
    const week = weeks.findLast((candidate) => candidate.weekStart <= row.day);
    if (!week || row.day >= shiftDay(weeks.at(-1)!.weekStart, 7)) continue;
    if (row.ruleId === DRAFTS_COACHED) week.drafts += row.count;
    else week.nudges += row.count;
  }
  return weeks;
}


/** Nudges by rule, most frequent first, without the drafts pseudo-rule. */
export function nudgesByRule(byRule: Record<string, number>): Array<{ruleId: string; label: string; count: number}> {
  return Object.entries(byRule)
    .filter(([ruleId, count]) => ruleId !== DRAFTS_COACHED && count > 0)
    .map(([ruleId, count]) => ({ruleId, label: ruleLabel(ruleId), count}))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * A rule id in words, from its naming convention (no-X: the fault itself; require-X: X missing; prefer-X: the
 * better habit), so a new rule reads well without a second list to keep in step with the rules folder.
 */
export function ruleLabel(ruleId: string): string {
  const [, prefix = '', rest = ruleId] = /^(no|require|prefer)-(.+)$/.exec(ruleId) ?? [];
  const words = rest.replace(/-/g, ' ').replace(/\bsign off\b/, 'sign-off');
  const text = prefix === 'require' ? `missing ${words}` : words;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence comparing this week with the average of the weeks before, for the chart's text alternative. */
export function trendSentence(weeks: TrendWeek[]): string {
  const current = weeks.at(-1);
  if (!current) return 'No tone nudges recorded yet.';
  const before = weeks.slice(0, -1);
  const average = before.length ? before.reduce((sum, week) => sum + week.nudges, 0) / before.length : 0;
  const plural = (count: number) => `${count} tone nudge${count === 1 ? '' : 's'}`;
  if (before.every((week) => week.nudges === 0)) return `${plural(current.nudges)} this week; none in the ${before.length === 1 ? 'week' : `${before.length} weeks`} before.`;
  const rounded = Math.round(average * 10) / 10;
  const direction = current.nudges < average ? 'fewer than' : current.nudges > average ? 'more than' : 'the same as';
  if (before.length === 1) return `${plural(current.nudges)} this week, ${direction} the ${rounded} the week before.`;
  return `${plural(current.nudges)} this week, ${direction} the average of ${rounded} a week over the previous ${before.length} weeks.`;
}
