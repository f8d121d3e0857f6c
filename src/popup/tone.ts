// Tone statistics as the week view shows them. The store counts coached drafts as a pseudo-rule ('_drafts', one per
// sent draft) beside the real rules, so every figure here keeps the two apart: a draft is not a hint.
import {t, tCount, uiLanguage, type MessageKey, type PluralKey} from '../shared/i18n.ts';
import {shiftDay} from '../shared/zoned-time.ts';
import type {ToneStat} from '../store/records.ts';

import {DRAFTS_COACHED} from '../store/tone-stats.ts';
import {capitalise} from '../shared/capitalise.ts';

export {DRAFTS_COACHED};

export type TrendWeek = {weekStart: string; hints: number; drafts: number};

/** Per week (weekStarts oldest first, each a Monday `YYYY-MM-DD`): tone hints and drafts coached. */
export function toneTrend(rows: ToneStat[], weekStarts: string[]): TrendWeek[] {
  const weeks = weekStarts.map((weekStart) => ({weekStart, hints: 0, drafts: 0}));
  for (const row of rows) {
    // Day keys sort as dates, so a row belongs to the last week starting on or before its day.
    const week = weeks.findLast((candidate) => candidate.weekStart <= row.day);
    if (!week || row.day >= shiftDay(weeks.at(-1)!.weekStart, 7)) continue;
    if (row.ruleId === DRAFTS_COACHED) week.drafts += row.count;
    else week.hints += row.count;
  }
  return weeks;
}


/** The kind of tone each rule hints about, in the user's language. */
export const TONE_KINDS: Readonly<Record<string, MessageKey>> = {
  'no-absolutes': 'popup_toneKindNoAbsolutes',
  'no-bare-demand': 'popup_toneKindNoBareDemand',
  'no-blame': 'popup_toneKindNoBlame',
  'no-challenging-question': 'popup_toneKindNoChallengingQuestion',
  'no-condescension': 'popup_toneKindNoCondescension',
  'no-dismissive': 'popup_toneKindNoDismissive',
  'no-harsh-wording': 'popup_toneKindNoHarshWording',
  'no-hedging': 'popup_toneKindNoHedging',
  'no-over-apology': 'popup_toneKindNoOverApology',
  'no-passive-aggressive': 'popup_toneKindNoPassiveAggressive',
  'no-sarcasm': 'popup_toneKindNoSarcasm',
  'no-shouting': 'popup_toneKindNoShouting',
  'no-unflagged-executive-promise': 'popup_toneKindNoUnflaggedExecutivePromise',
  'no-vague-deadline': 'popup_toneKindNoVagueDeadline',
  'prefer-lead-with-ask': 'popup_toneKindPreferLeadWithAsk',
  'require-answer-to-request': 'popup_toneKindRequireAnswerToRequest',
  'require-commitment-date': 'popup_toneKindRequireCommitmentDate',
  'require-greeting': 'popup_toneKindRequireGreeting',
  'require-sign-off': 'popup_toneKindRequireSignOff',
};

/** Nudges by rule, most frequent first, without the drafts pseudo-rule. */
export function hintsByRule(byRule: Record<string, number>): Array<{ruleId: string; label: string; count: number}> {
  const collator = new Intl.Collator(uiLanguage());
  return Object.entries(byRule)
    .filter(([ruleId, count]) => ruleId !== DRAFTS_COACHED && count > 0)
    .map(([ruleId, count]) => ({ruleId, label: toneKind(ruleId), count}))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}

/** A rule's kind of tone in the user's language; a rule without a name in the catalog reads as ruleLabel makes it. */
export function toneKind(ruleId: string): string {
  const key = Object.hasOwn(TONE_KINDS, ruleId) ? TONE_KINDS[ruleId] : undefined;
  return key ? t(key) : ruleLabel(ruleId);
}

/**
 * A rule id in English words, from its naming convention (no-X: the fault itself; require-X: X missing; prefer-X:
 * the better habit), so a rule missing from TONE_KINDS still reads well (in English).
 */
export function ruleLabel(ruleId: string): string {
  const [, prefix = '', rest = ruleId] = /^(no|require|prefer)-(.+)$/.exec(ruleId) ?? [];
  const words = rest.replace(/-/g, ' ').replace(/\bsign off\b/, 'sign-off');
  const text = prefix === 'require' ? `missing ${words}` : words;
  return capitalise(text);
}

type Direction = 'fewer' | 'more' | 'same';
const AGAINST_WEEK_BEFORE: Record<Direction, PluralKey> = {
  fewer: 'popup_trendFewerWeekBefore', more: 'popup_trendMoreWeekBefore', same: 'popup_trendSameWeekBefore',
};
const AGAINST_AVERAGE: Record<Direction, PluralKey> = {
  fewer: 'popup_trendFewerAverage', more: 'popup_trendMoreAverage', same: 'popup_trendSameAverage',
};

/** One sentence comparing this week with the average of the weeks before, for the chart's text alternative. */
export function trendSentence(weeks: TrendWeek[]): string {
  const current = weeks.at(-1);
  if (!current) return t('popup_trendNone');
  const before = weeks.slice(0, -1);
  const average = before.length ? before.reduce((sum, week) => sum + week.hints, 0) / before.length : 0;
  if (before.every((week) => week.hints === 0)) {
    return before.length === 1 ? tCount('popup_trendNoneWeekBefore', current.hints) : tCount('popup_trendNoneWeeksBefore', current.hints, before.length);
  }
  const rounded = new Intl.NumberFormat(uiLanguage(), {maximumFractionDigits: 1, useGrouping: false}).format(Math.round(average * 10) / 10);
  const direction: Direction = current.hints < average ? 'fewer' : current.hints > average ? 'more' : 'same';
  if (before.length === 1) return tCount(AGAINST_WEEK_BEFORE[direction], current.hints, rounded);
  return tCount(AGAINST_AVERAGE[direction], current.hints, rounded, before.length);
}
