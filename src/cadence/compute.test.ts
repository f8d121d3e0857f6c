import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {computeCadence, stepDays} from './compute.ts';
import {addDays, dayNumber, dayString, zonedToInstant} from './dates.ts';
import {defaultTargets} from './targets.ts';
import {allDay, EXEC, meeting, noon, PRIYA} from './test-helpers.ts';
import type {CadenceTarget, CalendarEvent, Coverage} from './types.ts';

const ZONE = 'America/Chicago';
const TODAY = '2026-11-23'; // a Monday
const targets = defaultTargets({executive: EXEC, directReports: [PRIYA]});
const target = (id: string): CadenceTarget => targets.find((t) => t.id === id)!;
const run = (events: CalendarEvent[], coverage: Coverage, id: string, now = noon(TODAY), zone = ZONE) =>
  computeCadence(events, coverage, [target(id)], now, zone)[0]!;
const weekdays = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) if (![0, 6].includes(new Date(d * 86_400_000).getUTCDay())) days.push(dayString(d));
  return days;
};
const dailies = (days: string[], extra: Partial<CalendarEvent> = {}) => days.map((d) => meeting(d, 'Daily catch-up: Dana / Jordan', extra));
const YEAR: Coverage = [{from: '2026-01-01', to: '2026-12-31'}];

describe('computeCadence: daily catch-up (working days)', () => {
  it('is ok when held today', () => {
    const r = run(dailies(weekdays('2026-11-16', '2026-11-23')), YEAR, 'daily');
    expect(r).toMatchObject({status: 'ok', lastHeld: '2026-11-23T09:00:00-06:00', dueDay: '2026-11-24'});
  });

  it('skips the weekend: Friday then nothing on Monday is due soon, not overdue', () => {
    const r = run(dailies(weekdays('2026-11-16', '2026-11-20')), YEAR, 'daily');
    expect(r).toMatchObject({status: 'due-soon', lastHeld: '2026-11-20T09:00:00-06:00', dueDay: '2026-11-23'});
  });

  it('is overdue past the tolerance, and ok when the next one is on the calendar in time', () => {
    expect(run(dailies(weekdays('2026-11-16', '2026-11-18')), YEAR, 'daily').status).toBe('overdue');
    const later = meeting('2026-11-23', 'Daily catch-up', {at: [16, 0]});
    expect(run([...dailies(weekdays('2026-11-16', '2026-11-20')), later], YEAR, 'daily')).toMatchObject({status: 'ok', nextScheduled: '2026-11-23T16:00:00-06:00'});
  });

  it('is unknown when the days since the last one were not seen, and names them', () => {
    const r = run(dailies(weekdays('2026-11-16', '2026-11-20')), [{from: '2026-11-16', to: '2026-11-20'}], 'daily');
    expect(r).toMatchObject({status: 'unknown', unknownRange: {from: '2026-11-21', to: '2026-11-24'}});
  });

  it('counts by wall-clock day across the daylight-saving change (New York, 8 March 2026)', () => {
    const zone = 'America/New_York';
    const ny = weekdays('2026-03-02', '2026-03-13').map((d) => meeting(d, 'Daily catch-up', {zone}));
    expect(ny[4]!.start).toBe('2026-03-06T09:00:00-05:00');
    expect(ny[5]!.start).toBe('2026-03-09T09:00:00-04:00');
    const beforeMeeting = Date.parse('2026-03-09T08:30:00-04:00');
    const cov: Coverage = [{from: '2026-03-01', to: '2026-03-15'}];
    expect(run(ny, cov, 'daily', beforeMeeting, zone)).toMatchObject({status: 'ok', lastHeld: '2026-03-06T09:00:00-05:00', nextScheduled: '2026-03-09T09:00:00-04:00'});
    // A naive "+24 h" model would put Monday's 09:00 EDT at 10:00 or on the wrong side of "now"; one hour later it is held.
    expect(run(ny, cov, 'daily', Date.parse('2026-03-09T09:30:00-04:00'), zone)).toMatchObject({status: 'ok', lastHeld: '2026-03-09T09:00:00-04:00'});
  });

  it('puts a 23:30 meeting on its local day in a DST week (Berlin, 25 October 2026)', () => {
    const zone = 'Europe/Berlin';
    const late = ['2026-10-22', '2026-10-23', '2026-10-26'].map((d) => meeting(d, 'Daily check-in', {zone, at: [23, 30]}));
    const r = run(late, [{from: '2026-10-19', to: '2026-10-31'}], 'daily', Date.parse('2026-10-27T10:00:00+01:00'), zone);
    expect(r).toMatchObject({status: 'due-soon', lastHeld: '2026-10-26T23:30:00+01:00', dueDay: '2026-10-27'});
  });
});

describe('computeCadence: holiday week', () => {
  const holiday = allDay('2026-11-16', '2026-11-21', 'Company holiday week');
  const weeklies = ['2026-11-02', '2026-11-09'].map((d) => meeting(d, 'Weekly catch-up'));

  it('pushes the weekly catch-up back instead of calling it overdue', () => {
    expect(run(weeklies, YEAR, 'weekly').status).toBe('overdue');
    expect(run([...weeklies, holiday], YEAR, 'weekly')).toMatchObject({status: 'due-soon', dueDay: '2026-11-21'});
  });

  it('does not count holiday weekdays for the daily catch-up', () => {
    const before = dailies(weekdays('2026-11-09', '2026-11-13'));
    expect(run([...before, holiday], YEAR, 'daily')).toMatchObject({status: 'due-soon', dueDay: '2026-11-23'});
    expect(run(before, YEAR, 'daily').status).toBe('overdue');
  });

  it('recognises public holidays by the holiday calendar, whatever their title', () => {
    const thanksgiving = allDay('2026-11-26', '2026-11-27', 'Thanksgiving Day', {calendarId: 'en.usa#holiday@group.v.calendar.google.com'});
    const before = dailies(weekdays('2026-11-23', '2026-11-25'));
    const friday = Date.parse('2026-11-27T12:00:00-06:00');
    expect(run([...before, thanksgiving], YEAR, 'daily', friday)).toMatchObject({status: 'due-soon', dueDay: '2026-11-27'});
    expect(run(before, YEAR, 'daily', friday).dueDay).toBe('2026-11-26');
    expect(run(before, YEAR, 'daily', Date.parse('2026-11-30T12:00:00-06:00')).status).toBe('overdue');
    expect(run([...before, thanksgiving], YEAR, 'daily', Date.parse('2026-11-30T12:00:00-06:00')).status).toBe('due-soon');
  });
});

describe('computeCadence: cancelled and declined meetings never count', () => {
  const mondays = ['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'];
  it('a cancelled instance today leaves last week as the last one held', () => {
    const series = mondays.map((d) => meeting(d, 'Weekly catch-up', {recurring: true, cancelled: d === TODAY}));
    expect(run(series, YEAR, 'weekly')).toMatchObject({status: 'due-soon', lastHeld: '2026-11-16T09:00:00-06:00', nextScheduled: '2026-11-30T09:00:00-06:00'});
    const intact = mondays.map((d) => meeting(d, 'Weekly catch-up', {recurring: true}));
    expect(run(intact, YEAR, 'weekly')).toMatchObject({status: 'ok', lastHeld: '2026-11-23T09:00:00-06:00'});
  });

  it('a declined meeting does not count either', () => {
    const series = mondays.map((d) => meeting(d, 'Weekly catch-up', {declined: d === TODAY}));
    expect(run(series, YEAR, 'weekly').lastHeld).toBe('2026-11-16T09:00:00-06:00');
  });
});

describe('computeCadence: quarterly review 95 days ago', () => {
  const ago95 = addDays(TODAY, -95); // 2026-08-20
  const review = meeting(ago95, 'Q3 strategy review', {at: [14, 0], minutes: 120});

  it('is due soon within the 14-day tolerance', () => {
    expect(ago95).toBe('2026-08-20');
    expect(run([review], YEAR, 'quarterly')).toMatchObject({status: 'due-soon', dueDay: '2026-11-19', lastHeld: '2026-08-20T14:00:00-05:00'});
  });

  it('is overdue with a 3-day tolerance', () => {
    const strict = {...target('quarterly'), toleranceDays: 3};
    expect(computeCadence([review], YEAR, [strict], noon(TODAY), ZONE)[0]!.status).toBe('overdue');
  });

  it('is ok when the next one is booked before the deadline, even with nothing else seen', () => {
    const next = meeting('2026-12-01', 'Quarterly strategic review');
    expect(run([review, next], [], 'quarterly')).toMatchObject({status: 'ok', nextScheduled: '2026-12-01T09:00:00-06:00'});
  });

  it('is unknown when the months since were not seen, and says which', () => {
    expect(run([review], [{from: '2026-11-01', to: '2026-12-31'}], 'quarterly')).toMatchObject({status: 'unknown', unknownRange: {from: '2026-08-21', to: '2026-10-31'}});
  });
});

describe('computeCadence: coverage and never-seen meetings', () => {
  it('says not scheduled only when the whole look-back and grace window was seen', () => {
    expect(run([], [{from: '2026-10-17', to: '2026-11-30'}], 'monthly')).toMatchObject({status: 'not-scheduled'});
    expect(run([], [], 'monthly')).toMatchObject({status: 'unknown', unknownRange: {from: '2026-10-17', to: '2026-11-30'}});
    expect(run([], [{from: '2026-10-17', to: '2026-11-29'}], 'monthly').unknownRange).toEqual({from: '2026-11-30', to: '2026-11-30'});
  });

  it('is ok after a recent meeting without needing any coverage (it is evidence, not a gap)', () => {
    expect(run([meeting('2026-11-20', 'Monthly goals review')], [], 'monthly')).toMatchObject({status: 'ok', dueDay: '2026-12-20'});
  });

  it('matches direct-report 1:1s by the name in the title and the organizer', () => {
    const one = meeting('2026-11-10', '1:1 Dana / Priya', {attendees: undefined, organizer: 'Dana Whitfield'});
    const other = meeting('2026-11-12', '1:1 Dana / Marco', {attendees: undefined, organizer: 'Dana Whitfield'});
    const id = 'direct-report-priya-northwind-example';
    expect(run([one, other], YEAR, id)).toMatchObject({status: 'ok', lastHeld: one.start});
    expect(run([other], YEAR, id).status).toBe('not-scheduled');
  });

  it('counts a meeting whose time could not be read by its day, never as a future one', () => {
    const vague = {...meeting('2026-11-23', 'Weekly catch-up'), start: '2026-11-23', end: '2026-11-24', timesUnknown: true};
    expect(run([vague], YEAR, 'weekly', noon(TODAY))).toMatchObject({status: 'ok', lastHeld: '2026-11-23'});
    expect(run([vague], YEAR, 'weekly', zonedToInstant(TODAY, 0, 1, ZONE)).lastHeld).toBe('2026-11-23');
  });

  it('steps working days over weekends and days off, and calendar days around days off', () => {
    const off = new Set([dayNumber('2026-11-26'), dayNumber('2026-11-27')]);
    expect(dayString(stepDays(dayNumber('2026-11-25'), 1, true, off))).toBe('2026-11-30');
    expect(dayString(stepDays(dayNumber('2026-11-30'), -1, true, off))).toBe('2026-11-25');
    expect(dayString(stepDays(dayNumber('2026-11-25'), 7, false, off))).toBe('2026-12-04');
    expect(dayString(stepDays(dayNumber('2026-11-25'), 0, false, off))).toBe('2026-11-25');
  });

  it('gaps are never contradicted by a meeting on a day that was not seen', () => {
    const GAPS = new Set(['due-soon', 'overdue', 'not-scheduled']);
    const base = dayNumber(TODAY);
    const day = (offset: number) => dayString(base + offset);
    fc.assert(fc.property(
      fc.constantFrom('daily', 'weekly', 'monthly', 'quarterly'),
      fc.array(fc.integer({min: -200, max: 60}), {maxLength: 6}),
      fc.array(fc.tuple(fc.integer({min: -220, max: 70}), fc.integer({min: 0, max: 120})), {maxLength: 4}),
      fc.integer({min: -220, max: 70}),
      (id, offsets, ranges, extraOffset) => {
        const titles: Record<string, string> = {daily: 'Daily catch-up', weekly: 'Weekly catch-up', monthly: 'Monthly goals', quarterly: 'QBR'};
        const events = offsets.map((o) => meeting(day(o), titles[id]!));
        const coverage = ranges.map(([from, length]) => ({from: day(from), to: day(from + length)}));
        const before = run(events, coverage, id);
        const seen = coverage.some((r) => dayNumber(r.from) <= base + extraOffset && base + extraOffset <= dayNumber(r.to));
        if (!GAPS.has(before.status) || seen) return;
        const after = run([...events, meeting(day(extraOffset), titles[id]!)], coverage, id);
        expect(GAPS.has(after.status), `${id} ${before.status} → ${after.status} after a meeting on ${day(extraOffset)}`).toBe(true);
      },
    ), {numRuns: 300});
  });
});
