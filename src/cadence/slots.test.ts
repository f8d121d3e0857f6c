import {describe, expect, it} from 'vitest';
import {proposeSlot} from './slots.ts';
import type {CalendarEvent} from './types.ts';

const TZ = 'America/New_York';
const hours = {start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5]};
const event = (start: string, end: string, fields: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: start, title: 'Busy', start, end, allDay: false, timeZone: TZ, recurring: false, cancelled: false, declined: false, source: 'dom', ...fields,
});
const iso = (slot: {start: number; end: number} | null) => slot && [new Date(slot.start).toISOString(), new Date(slot.end).toISOString()];

describe('proposeSlot', () => {
  it('takes the first free half hour after the lead time, stepping past meetings', () => {
    const now = Date.parse('2026-11-23T13:30:00Z'); // Monday 08:30 New York
    const events = [event('2026-11-23T09:30:00-05:00', '2026-11-23T10:40:00-05:00'), event('2026-11-23T10:45:00-05:00', '2026-11-23T11:00:00-05:00')];
    expect(iso(proposeSlot(events, now, hours, TZ))).toEqual(['2026-11-23T16:00:00.000Z', '2026-11-23T16:30:00.000Z']);
  });

  it('ignores declined, cancelled and all-day events, and skips the weekend', () => {
    const friday5pm = Date.parse('2026-11-27T22:00:00Z');
    const events = [
      event('2026-11-30T09:00:00-05:00', '2026-11-30T10:00:00-05:00', {declined: true}),
      event('2026-11-30', '2026-12-01', {allDay: true}),
    ];
    expect(iso(proposeSlot(events, friday5pm, hours, TZ))).toEqual(['2026-11-30T14:00:00.000Z', '2026-11-30T14:30:00.000Z']);
  });

  it('gives up when the search window is full', () => {
    const now = Date.parse('2026-11-23T13:30:00Z');
    const wall = event('2026-11-23T00:00:00-05:00', '2026-12-31T00:00:00-05:00');
    expect(proposeSlot([wall], now, hours, TZ, {searchDays: 5})).toBeNull();
  });
});
