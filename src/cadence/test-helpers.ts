// Builders for cadence tests: events at local wall-clock times in a zone, so tests read like a calendar.
import {formatIso, zonedToInstant} from './dates.ts';
import type {CalendarEvent} from './types.ts';

export const EXEC = {email: 'dana@northwind.example', name: 'Dana Whitfield'};
export const PRIYA = {email: 'priya@northwind.example', name: 'Priya Natarajan'};

type Options = Partial<CalendarEvent> & {minutes?: number; at?: [number, number]; zone?: string};

let counter = 0;
/** A timed meeting on `day` at `at` (local, default 09:00) lasting `minutes` (default 30). */
export function meeting(day: string, title: string, options: Options = {}): CalendarEvent {
  const zone = options.zone ?? 'America/Chicago';
  const [h, m] = options.at ?? [9, 0];
  const start = zonedToInstant(day, h, m, zone);
  const end = start + (options.minutes ?? 30) * 60_000;
  const {minutes: _m, at: _a, zone: _z, ...rest} = options;
  return {
    id: `e${++counter}`, title, start: formatIso(start, zone), end: formatIso(end, zone), allDay: false, timeZone: zone,
    recurring: false, cancelled: false, declined: false, attendees: [{email: EXEC.email, name: EXEC.name}], source: 'ics', ...rest,
  };
}

export function allDay(day: string, endExclusive: string, title: string, options: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: `a${++counter}`, title, start: day, end: endExclusive, allDay: true, timeZone: 'America/Chicago',
    recurring: false, cancelled: false, declined: false, source: 'ics', ...options,
  };
}

/** Noon on `day` in Chicago, as the "now" of a test. */
export const noon = (day: string, zone = 'America/Chicago') => zonedToInstant(day, 12, 0, zone);
