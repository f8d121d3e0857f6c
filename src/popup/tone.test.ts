import {describe, expect, it} from 'vitest';
import {speak, speakEnglishAfterEach} from '../../tests/unit/speak.ts';
import {rules} from '../nlp/index.ts';
import {hintsByRule, ruleLabel, TONE_KINDS, toneKind, toneTrend, trendSentence} from './tone.ts';
import {shiftDay} from '../shared/zoned-time.ts';

speakEnglishAfterEach();

const row = (day: string, ruleId: string, count: number) => ({day, ruleId, tier: 'internal', count});

describe('toneTrend', () => {
  it('buckets rows by week and keeps coached drafts apart from hints', () => {
    const weeks = toneTrend([
      row('2026-11-16', 'no-shouting', 2), row('2026-11-22', '_drafts', 3), row('2026-11-23', 'no-hedging', 1),
      row('2026-11-29', '_drafts', 1), row('2026-11-30', 'no-hedging', 9), row('2026-11-01', 'no-hedging', 9),
    ], ['2026-11-16', '2026-11-23']);
    expect(weeks).toEqual([{weekStart: '2026-11-16', hints: 2, drafts: 3}, {weekStart: '2026-11-23', hints: 1, drafts: 1}]);
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

  it('names the kind of every rule, in English as its id reads', () => {
    for (const rule of rules) {
      expect(Object.keys(TONE_KINDS), rule.meta.id).toContain(rule.meta.id);
      expect(toneKind(rule.meta.id)).toBe(ruleLabel(rule.meta.id));
    }
    expect(toneKind('custom')).toBe('Custom');
  });

  it('names the kinds in Spanish, falling back to the rule id in words', () => {
    speak('es');
    expect(hintsByRule({'no-hedging': 2, 'require-sign-off': 1, custom: 1})).toEqual([
      {ruleId: 'no-hedging', label: 'Rodeos', count: 2}, {ruleId: 'custom', label: 'Custom', count: 1},
      {ruleId: 'require-sign-off', label: 'Falta la despedida', count: 1},
    ]);
  });

  it('lists hints by rule, most frequent first, without the drafts count', () => {
    expect(hintsByRule({'no-hedging': 1, _drafts: 7, 'no-shouting': 3, 'no-absolutes': 0})).toEqual([
      {ruleId: 'no-shouting', label: 'Shouting', count: 3}, {ruleId: 'no-hedging', label: 'Hedging', count: 1},
    ]);
  });
});

describe('trendSentence', () => {
  it('compares this week with the average before', () => {
    const weeks = [4, 2, 3].map((hints, index) => ({weekStart: `2026-11-0${index + 1}`, hints, drafts: 0}));
    expect(trendSentence(weeks)).toBe('3 tone hints this week, the same as the average of 3 a week over the previous 2 weeks.');
    expect(trendSentence([{weekStart: 'a', hints: 0, drafts: 0}, {weekStart: 'b', hints: 1, drafts: 0}])).toBe('1 tone hint this week; none in the week before.');
  });

  it('speaks Spanish, with its plural and decimal comma', () => {
    speak('es');
    const weeks = [4, 1, 1].map((hints, index) => ({weekStart: `2026-11-0${index + 1}`, hints, drafts: 0}));
    expect(trendSentence(weeks)).toBe('1 aviso de tono esta semana, menos que la media de 2,5 por semana de las 2 semanas anteriores.');
    expect(trendSentence([{weekStart: 'a', hints: 2, drafts: 0}, {weekStart: 'b', hints: 3, drafts: 0}])).toBe('3 avisos de tono esta semana, más que la semana anterior (2).');
    expect(trendSentence([])).toBe('Aún no hay avisos de tono registrados.');
  });
});
