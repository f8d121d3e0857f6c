// Properties of the recurrence engine on random rules: starts ascend, none precede DTSTART, every one matches the
// rule's day parts, and starting at the window (the skip-ahead that keeps a 1990 series fast) gives exactly what
// walking from DTSTART gives there.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {civilFromDays, daysFromCivil, type Wall} from './civil.ts';
import {canEverMatch, expandRule, type Guard} from './rrule-expand.ts';
import {parseRule} from './rrule-parse.ts';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const guard = (): Guard => ({deadline: performance.now() + 5_000, periods: 0, maxPeriods: 5_000_000});
const list = (values: fc.Arbitrary<string>, max: number) => fc.uniqueArray(values, {minLength: 1, maxLength: max}).map((v) => v.join(','));

const ruleText = fc.record({
  freq: fc.constantFrom('HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
  interval: fc.integer({min: 1, max: 4}),
  byDay: fc.option(list(fc.constantFrom(...WEEKDAYS), 3), {nil: undefined}),
  byMonthDay: fc.option(list(fc.constantFrom('1', '10', '15', '28', '30', '31', '-1'), 2), {nil: undefined}),
  byMonth: fc.option(list(fc.constantFrom('1', '2', '4', '7', '11', '12'), 3), {nil: undefined}),
  byHour: fc.option(list(fc.constantFrom('0', '9', '13', '23'), 2), {nil: undefined}),
  bySetPos: fc.option(fc.constantFrom('1', '-1', '2'), {nil: undefined}),
  wkst: fc.constantFrom(...WEEKDAYS),
}).map((r) => [
  `FREQ=${r.freq}`, `INTERVAL=${r.interval}`, r.byDay && `BYDAY=${r.byDay}`, r.byMonthDay && `BYMONTHDAY=${r.byMonthDay}`,
  r.byMonth && `BYMONTH=${r.byMonth}`, r.byHour && `BYHOUR=${r.byHour}`, r.bySetPos && r.freq !== 'HOURLY' && `BYSETPOS=${r.bySetPos}`, `WKST=${r.wkst}`,
].filter(Boolean).join(';'));
const start = fc.record({day: fc.integer({min: daysFromCivil(2015, 1, 1), max: daysFromCivil(2024, 12, 31)}), second: fc.constantFrom(0, 9 * 3600, 9 * 3600 + 1800, 17 * 3600)});

const key = (w: Wall) => w.day * 86_400 + w.second;

describe('recurrence engine properties', () => {
  it('starting at the window gives exactly what walking from DTSTART gives inside it', () => {
    fc.assert(fc.property(ruleText, start, fc.integer({min: 30, max: 3_000}), (text, dtstart, offset) => {
      const rule = parseRule(text);
      const fromDay = dtstart.day + offset;
      const toDay = fromDay + 60;
      const inWindow = (w: Wall) => w.day >= fromDay && w.day <= toDay;
      const walked = [...expandRule(rule, dtstart, false, {fromDay: -Infinity, toDay}, guard())].filter(inWindow).map(key);
      const skipped = [...expandRule(rule, dtstart, false, {fromDay, toDay}, guard())].filter(inWindow).map(key);
      expect(skipped).toEqual(walked);
    }), {numRuns: 300});
  });

  it('starts ascend, never precede DTSTART, respect COUNT, and fall in BYMONTH', () => {
    fc.assert(fc.property(ruleText, start, fc.integer({min: 1, max: 40}), (text, dtstart, count) => {
      const rule = parseRule(`${text};COUNT=${count}`);
      const walls = [...expandRule(rule, dtstart, false, {fromDay: -Infinity, toDay: dtstart.day + 29 * 366}, guard())];
      expect(walls.length).toBeLessThanOrEqual(count);
      for (let i = 0; i < walls.length; i++) {
        expect(key(walls[i]!)).toBeGreaterThanOrEqual(key(dtstart));
        if (i > 0) expect(key(walls[i]!)).toBeGreaterThan(key(walls[i - 1]!));
        if (rule.byMonth.length) expect(rule.byMonth).toContain(civilFromDays(walls[i]!.day).month);
      }
      // A rule that can match yields starts within 29 years (every weekday on every date, leap years included);
      // with an INTERVAL or BYSETPOS the step can miss the matching years, so only plain rules are held to it.
      if (canEverMatch(rule, dtstart) && rule.bySetPos.length === 0 && rule.interval === 1) expect(walls.length).toBeGreaterThan(0);
    }), {numRuns: 300});
  });
});
