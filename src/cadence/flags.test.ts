import {describe, expect, it} from 'vitest';
import {executiveTimeFlags} from './flags.ts';
import {allDay, meeting, noon} from './test-helpers.ts';

const NOW = noon('2026-11-23');

describe('executiveTimeFlags', () => {
  it('flags overlapping meetings as one double-booked slot', () => {
    const a = meeting('2026-11-24', 'Budget', {at: [10, 0], minutes: 60});
    const b = meeting('2026-11-24', 'Vendor call', {at: [10, 30], minutes: 60});
    const c = meeting('2026-11-24', 'Lunch', {at: [13, 0], minutes: 60});
    const flags = executiveTimeFlags([a, b, c], NOW);
    expect(flags).toEqual([{kind: 'double-booked', start: a.start, end: b.end, eventIds: [a.id, b.id]}]);
  });

  it('flags three hours or more of back-to-back meetings, with short breaks still counting as no break', () => {
    const run = [[9, 0], [10, 0], [11, 5]].map(([h, m]) => meeting('2026-11-25', 'Meeting', {at: [h!, m!], minutes: 60}));
    const flags = executiveTimeFlags(run, NOW);
    expect(flags).toEqual([{kind: 'back-to-back', start: run[0]!.start, end: run[2]!.end, minutes: 185, eventIds: run.map((e) => e.id)}]);
    const broken = [[9, 0], [10, 0], [11, 15]].map(([h, m]) => meeting('2026-11-25', 'Meeting', {at: [h!, m!], minutes: 60}));
    expect(executiveTimeFlags(broken, NOW)).toEqual([]);
  });

  it('flags a known-empty description only; a page that shows none says nothing', () => {
    const empty = meeting('2026-11-24', 'Sync', {description: ' '});
    const unknown = meeting('2026-11-24', 'Sync', {at: [15, 0]});
    const written = meeting('2026-11-24', 'Sync', {at: [16, 0], description: 'Agenda: budget'});
    expect(executiveTimeFlags([empty, unknown, written], NOW)).toEqual([{kind: 'no-description', start: empty.start, eventIds: [empty.id]}]);
  });

  it('looks only at the coming week, and ignores cancelled, declined, all-day and untimed events', () => {
    const past = meeting('2026-11-20', 'Old', {description: ''});
    const far = meeting('2026-12-02', 'Far', {description: ''});
    const x = meeting('2026-11-24', 'X', {minutes: 60});
    const cancelled = meeting('2026-11-24', 'Y', {cancelled: true, minutes: 60});
    const declined = meeting('2026-11-24', 'Z', {declined: true, minutes: 60});
    const offsite = allDay('2026-11-24', '2026-11-25', 'Offsite');
    expect(executiveTimeFlags([past, far, x, cancelled, declined, offsite], NOW)).toEqual([]);
    expect(executiveTimeFlags([far], NOW, {horizonDays: 14})).toHaveLength(1);
  });

  it('counts the same event read twice once', () => {
    const a = meeting('2026-11-24', 'Budget', {minutes: 60});
    expect(executiveTimeFlags([a, {...a}], NOW)).toEqual([]);
  });
});
