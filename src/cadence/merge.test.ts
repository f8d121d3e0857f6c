import {describe, expect, it} from 'vitest';
import {mergeEvents} from './merge.ts';
import {meeting} from './test-helpers.ts';

describe('mergeEvents', () => {
  it('keeps one event per id; a page reading updates times but keeps what only the file knew', () => {
    const fromFile = meeting('2026-11-23', 'Weekly sync', {id: 'w_1', description: 'Agenda', attendees: [{email: 'a@x.example'}]});
    const fromPage = {...meeting('2026-11-23', 'Weekly sync (moved)', {id: 'w_1', at: [10, 0]}), attendees: undefined, source: 'dom' as const};
    delete fromPage.attendees;
    const merged = mergeEvents([fromFile], [fromPage, meeting('2026-11-24', 'Other', {id: 'o'})]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({title: 'Weekly sync (moved)', start: fromPage.start, description: 'Agenda', attendees: [{email: 'a@x.example'}], source: 'dom'});
  });

  it('does not let an unreadable time overwrite a known one', () => {
    const known = meeting('2026-11-23', 'Sync', {id: 's'});
    const vague = {...known, start: '2026-11-23', end: '2026-11-24', timesUnknown: true};
    expect(mergeEvents([known], [vague])[0]).toMatchObject({start: known.start, end: known.end});
    expect(mergeEvents([known], [vague])[0]!.timesUnknown).toBeUndefined();
  });
});
