import {describe, expect, it} from 'vitest';
import {addDays, dayNumber, dayString, formatIso, localDay, offsetMinutes, weekdayOf, zonedToInstant} from './dates.ts';

describe('dates', () => {
  it('round-trips day numbers and weekdays', () => {
    expect(dayString(dayNumber('2026-11-23'))).toBe('2026-11-23');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(weekdayOf(dayNumber('2026-11-23'))).toBe(1); // Monday
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(0); // before the epoch too
  });

  it('converts wall-clock times across the US spring-forward (2026-03-08)', () => {
    const zone = 'America/New_York';
    expect(new Date(zonedToInstant('2026-03-07', 9, 0, zone)).toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(new Date(zonedToInstant('2026-03-08', 9, 0, zone)).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    // 02:30 does not exist that night: calendars move it to 03:30 EDT.
    expect(new Date(zonedToInstant('2026-03-08', 2, 30, zone)).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(formatIso(zonedToInstant('2026-03-06', 9, 0, zone), zone)).toBe('2026-03-06T09:00:00-05:00');
    expect(formatIso(zonedToInstant('2026-03-09', 9, 0, zone), zone)).toBe('2026-03-09T09:00:00-04:00');
  });

  it('picks the first of the two 01:30s at fall-back and handles Europe and half-hour zones', () => {
    expect(new Date(zonedToInstant('2026-11-01', 1, 30, 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(formatIso(zonedToInstant('2026-10-25', 12, 0, 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-10-25T12:00:00+01:00');
    expect(formatIso(zonedToInstant('2026-10-24', 12, 0, 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-10-24T12:00:00+02:00');
    expect(offsetMinutes(Date.parse('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(formatIso(Date.parse('2026-06-01T00:00:00Z'), 'America/St_Johns')).toBe('2026-05-31T21:30:00-02:30');
  });

  it('puts late-evening instants on the local day, not the UTC one', () => {
    const late = Date.parse('2026-11-24T05:30:00Z'); // 23:30 on the 23rd in Chicago
    expect(localDay(late, 'America/Chicago')).toBe('2026-11-23');
    expect(localDay(late, 'Asia/Tokyo')).toBe('2026-11-24');
  });
});
