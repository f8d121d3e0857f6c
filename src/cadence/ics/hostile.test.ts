// Hostile or careless files: each must end quickly with the rest of the file imported and a reason given. The
// timings are generous bounds for a shared, loaded 2-core machine (they catch minutes, not milliseconds); the
// measured figures are in the commit messages.
import {describe, expect, it} from 'vitest';
import {parseIcs, parseIcsInSlices} from './parse.ts';
import {calendar, expand} from './test-calendar.ts';

const WINDOW = {from: '2025-11-01', to: '2027-01-31', timeZone: 'Europe/Berlin'};
const timed = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};
const event = (uid: string, lines: string) => `BEGIN:VEVENT\nUID:${uid}\nSUMMARY:${uid}\n${lines.trim()}\nEND:VEVENT`;
const KEEPER = event('keeper', 'DTSTART:20261104T090000Z\nDTEND:20261104T100000Z');

describe('hostile files', () => {
  it('rules that can never match are found, reported and skipped; the DTSTART and the rest of the file stay', () => {
    const [r, ms] = timed(() => expand([
      event('april-31', 'DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31'), // ical.js never returns (issue 1038)
      event('feb-30-hourly', 'DTSTART:20260101T090000Z\nRRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30'),
      event('nov-31-yearly', 'DTSTART:20151231T000000Z\nRRULE:FREQ=YEARLY;COUNT=6;BYMONTHDAY=31;BYMONTH=11'), // sabre-io/vobject issue 329
      KEEPER,
    ].join('\n'), WINDOW));
    expect(ms).toBeLessThan(1_000);
    expect(r.events.map((e) => e.uid)).toEqual(['april-31', 'feb-30-hourly', 'keeper']); // DTSTART is always an occurrence
    expect(r.skipped['impossible-rule']).toBe(3);
    expect(r.warnings.join('\n')).toMatch(/april-31: RRULE FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31 can never match/);
  });

  it('a 2.5 KB file of twenty minutely series stops at the caps instead of storing millions of events', () => {
    const body = Array.from({length: 20}, (_, i) => event(`flood-${i}`, `DTSTART:2026010${1 + (i % 9)}T000000Z\nRRULE:FREQ=MINUTELY`)).join('\n');
    expect(calendar(body).length).toBeLessThan(2_600);
    const [r, ms] = timed(() => parseIcs(calendar(`${body}\n${KEEPER}`), {...WINDOW, limits: {perSeries: 2_000, perFile: 20_000}}));
    expect(ms).toBeLessThan(5_000); // about 0.4 s on an idle machine
    expect(r.events.length).toBeLessThanOrEqual(20_000);
    expect(r.skipped['series-capped']).toBeGreaterThanOrEqual(9);
    expect(r.skipped['file-capped']).toBe(1);
  }, 30_000);

  it('the default caps hold the same flood to 100,000 occurrences', () => {
    const body = Array.from({length: 20}, (_, i) => event(`flood-${i}`, 'DTSTART:20260101T000000Z\nRRULE:FREQ=MINUTELY')).join('\n');
    const [r, ms] = timed(() => parseIcs(calendar(body), WINDOW));
    expect(r.events).toHaveLength(100_000);
    expect(ms).toBeLessThan(20_000); // about 1.3 s on an idle machine
  }, 30_000);

  it('series that began decades before the window jump to it instead of walking every occurrence since', () => {
    const [r, ms] = timed(() => expand([
      event('minutely-1990', 'DTSTART:19900101T000000Z\nRRULE:FREQ=MINUTELY;INTERVAL=7'), // 19 million minutes to 2026
      event('hourly-1970', 'DTSTART;TZID=Europe/Berlin:19700101T093000\nRRULE:FREQ=HOURLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,14'),
      event('daily-1990', 'DTSTART;TZID=America/New_York:19900102T080000\nRRULE:FREQ=DAILY;BYDAY=MO,WE'),
    ].join('\n'), {from: '2026-11-02', to: '2026-11-03', timeZone: 'Europe/Berlin'}));
    expect(ms).toBeLessThan(500);
    const count = (uid: string) => r.events.filter((e) => e.uid === uid).length;
    // 2 days of every-7-minutes (2,880 minutes / 7 rounded either way), 2 weekdays × 2 hours, and Monday 2 November.
    expect(count('minutely-1990')).toBeGreaterThanOrEqual(411);
    expect(count('minutely-1990')).toBeLessThanOrEqual(412);
    expect(r.events.filter((e) => e.uid === 'hourly-1970').map((e) => e.start)).toEqual(['2026-11-02T09:30:00+01:00', '2026-11-02T14:30:00+01:00', '2026-11-03T09:30:00+01:00', '2026-11-03T14:30:00+01:00']);
    expect(count('daily-1990')).toBe(1);
  });

  it('a custom time zone with a minutely rule is read in milliseconds, without its repeating rule', () => {
    const zone = `BEGIN:VTIMEZONE
TZID:Hostile Zone
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=MINUTELY
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700101T000030
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=MINUTELY
END:DAYLIGHT
END:VTIMEZONE`;
    const [r, ms] = timed(() => expand(`${zone}\n${event('in-hostile-zone', 'DTSTART;TZID=Hostile Zone:20261104T090000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=3')}`, WINDOW));
    expect(ms).toBeLessThan(1_000);
    expect(r.events).toHaveLength(3);
    expect(r.warnings.join('\n')).toMatch(/repeats too often for a time zone/);
  });

  it('a secondly series with a huge COUNT from 1970 stops at the period cap', () => {
    const [r, ms] = timed(() => expand(`${event('seconds', 'DTSTART:19700101T000000Z\nRRULE:FREQ=SECONDLY;COUNT=2000000000')}\n${KEEPER}`, WINDOW));
    expect(ms).toBeLessThan(3_000);
    expect(r.events.map((e) => e.uid)).toEqual(['keeper']);
    expect(r.skipped['series-capped']).toBe(1);
  }, 30_000);

  it('the time budget stops a long import with what it has, and says so', () => {
    const body = Array.from({length: 50}, (_, i) => event(`slow-${i}`, 'DTSTART:19700101T000000Z\nRRULE:FREQ=SECONDLY;COUNT=2000000000')).join('\n');
    const [r, ms] = timed(() => parseIcs(calendar(body), {...WINDOW, limits: {timeBudgetMs: 300, periodsPerSeries: 10_000_000}}));
    expect(ms).toBeLessThan(1_500);
    expect(r.skipped['time-budget']).toBeGreaterThanOrEqual(1);
  });

  it('in slices, the event loop is given back all along while a large file is imported', async () => {
    const body = Array.from({length: 1_500}, (_, i) => event(`e${i}`, `DTSTART;TZID=Europe/Berlin:2026${String(1 + (i % 12)).padStart(2, '0')}10T090000\nDURATION:PT30M\nRRULE:FREQ=WEEKLY;COUNT=20`)).join('\n');
    const text = calendar(body);
    let ticks = 0;
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 1);
    const [whole, wholeMs] = timed(() => parseIcs(text, WINDOW)); // synchronous: no tick can run meanwhile
    await new Promise((resolve) => setTimeout(resolve, 5));
    ticks = 0;
    longest = 0;
    last = performance.now();
    const slicedStart = performance.now();
    const sliced = await parseIcsInSlices(text, WINDOW);
    const slicedMs = performance.now() - slicedStart;
    clearInterval(timer);
    expect(sliced.events).toEqual(whole.events);
    // Timers ran all through the sliced import (one per slice of about 10 ms at least), and no hold came near the
    // length of the whole import at once. Counts rather than milliseconds: a loaded machine stretches both.
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(wholeMs / 50));
    expect(longest).toBeLessThan(wholeMs);
    console.info(`sliced import: ${ticks} timer ticks in ${slicedMs.toFixed(0)} ms, longest hold ${longest.toFixed(1)} ms (whole import at once ${wholeMs.toFixed(0)} ms)`);
  }, 30_000);
});
