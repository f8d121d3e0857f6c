import {describe, expect, it} from 'vitest';
import {scheduleUrl} from './schedule-link.ts';

describe('scheduleUrl', () => {
  it('prefills title, slot in UTC and guests', () => {
    const url = new URL(scheduleUrl({
      targetId: 'weekly', label: 'Weekly catch-up', status: 'overdue', detail: '', attendees: ['dana@northwind.example'],
      eventTitle: 'Weekly catch-up', proposal: {start: Date.parse('2026-11-24T15:00:00Z'), end: Date.parse('2026-11-24T15:30:00Z')},
    }));
    expect(url.pathname).toBe('/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      action: 'TEMPLATE', text: 'Weekly catch-up', dates: '20261124T150000Z/20261124T153000Z', add: 'dana@northwind.example',
    });
  });
});

describe('scheduleUrl details', () => {
  it('says who suggested the event, in the interface language', () => {
    const url = new URL(scheduleUrl({targetId: 'weekly', label: 'Weekly catch-up', status: 'overdue', detail: '', attendees: [], eventTitle: 'Weekly catch-up'}));
    expect(url.searchParams.get('details')).toBe('Weekly catch-up. Suggested by Rapport to keep your rhythm.');
  });
});
