import {describe, expect, it} from 'vitest';
import {addWorkingDays, dayKey, inDailyWindow, nextWeekly, weekStartKey, windowEnd, zonedParts, zonedToEpoch} from './zoned-time.ts';

const CHICAGO = 'America/Chicago';

describe('zoned time', () => {
  it('maps wall time to instants across a DST change', () => {
    // 2026-11-01 is the end of DST in the US: 09:00 CST is 15:00Z; the day before, 09:00 CDT is 14:00Z.
    expect(new Date(zonedToEpoch({year: 2026, month: 11, day: 1, hour: 9, minute: 0}, CHICAGO)).toISOString()).toBe('2026-11-01T15:00:00.000Z');
    expect(new Date(zonedToEpoch({year: 2026, month: 10, day: 31, hour: 9, minute: 0}, CHICAGO)).toISOString()).toBe('2026-10-31T14:00:00.000Z');
  });

  it('knows the local day and weekday', () => {
    const lateSunday = Date.parse('2026-11-23T03:30:00Z'); // Sunday 21:30 in Chicago
    expect(dayKey(lateSunday, CHICAGO)).toBe('2026-11-22');
    expect(zonedParts(lateSunday, CHICAGO).weekday).toBe(7);
    expect(weekStartKey(lateSunday, CHICAGO)).toBe('2026-11-16');
    expect(weekStartKey(Date.parse('2026-11-23T15:00:00Z'), CHICAGO)).toBe('2026-11-23');
  });

  it('finds the next weekly time, this week or next', () => {
    const mondayMorning = Date.parse('2026-11-23T15:00:00Z');
    expect(new Date(nextWeekly(mondayMorning, 5, '16:00', CHICAGO)).toISOString()).toBe('2026-11-27T22:00:00.000Z');
    expect(new Date(nextWeekly(mondayMorning, 1, '08:00', CHICAGO)).toISOString()).toBe('2026-11-30T14:00:00.000Z');
  });

  it('handles quiet hours that wrap midnight', () => {
    const at = (iso: string) => Date.parse(iso);
    expect(inDailyWindow(at('2026-11-24T02:00:00Z'), '19:00', '08:00', CHICAGO)).toBe(true); // 20:00
    expect(inDailyWindow(at('2026-11-24T13:00:00Z'), '19:00', '08:00', CHICAGO)).toBe(true); // 07:00
    expect(inDailyWindow(at('2026-11-24T15:00:00Z'), '19:00', '08:00', CHICAGO)).toBe(false); // 09:00
    expect(new Date(windowEnd(at('2026-11-24T02:00:00Z'), '08:00', CHICAGO)).toISOString()).toBe('2026-11-24T14:00:00.000Z');
  });

  it('adds working days over a weekend', () => {
    const friday = Date.parse('2026-11-27T16:00:00Z');
    expect(new Date(addWorkingDays(friday, 2, [1, 2, 3, 4, 5], CHICAGO)).toISOString()).toBe('2026-12-01T16:00:00.000Z');
  });
});
