import {describe, expect, it} from 'vitest';
import type {CalendarEvent} from '../../cadence/index.ts';
import {timeFlagViews} from './time-flags.ts';

const TZ = 'America/New_York';
const people = {executive: {email: 'dana@northwind.example', name: 'Dana Whitfield'}, directReports: []};
const event = (id: string, start: string, end: string, fields: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id, title: id, start, end, allDay: false, timeZone: TZ, recurring: false, cancelled: false, declined: false,
  source: 'ics', attendees: [{email: 'dana@northwind.example'}], description: 'Agenda attached.', ...fields,
});

describe('timeFlagViews', () => {
  it("words the executive's double bookings, long runs and bare invites, ignoring other people's events", () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    const flags = timeFlagViews([
      event('Board prep', '2026-11-24T10:00:00-05:00', '2026-11-24T12:00:00-05:00'),
      event('Investor call', '2026-11-24T11:30:00-05:00', '2026-11-24T13:00:00-05:00', {description: ''}),
      event('Lunch', '2026-11-24T13:00:00-05:00', '2026-11-24T14:00:00-05:00'),
      event('Not hers', '2026-11-24T10:00:00-05:00', '2026-11-24T11:00:00-05:00', {attendees: [{email: 'sam@acme.example'}]}),
    ], people, now, TZ);
    expect(flags.map((flag) => flag.text)).toEqual([
      'Tue, Nov 24, 10:00 AM: double-booked (Board prep / Investor call)',
      'Tue, Nov 24, 10:00 AM: 4 h back to back',
      'Tue, Nov 24, 11:30 AM: “Investor call” has no description',
    ]);
  });
});
