import {describe, expect, it} from 'vitest';
import {headingCount, pageCoverage, ShownByDay} from './coverage.ts';
import {viewFromUrl} from './view.ts';

describe('view from the URL', () => {
  it('names the views research/dom.md 3.1 lists, and search', () => {
    const at = (path: string) => viewFromUrl(`https://calendar.google.com/calendar/u/0/r/${path}`);
    expect([at('day/2026/11/23'), at('week'), at('month/2026/11/1'), at('agenda'), at('customweek/2026/11/23'), at('search?q=sync')]).toEqual(['day', 'week', 'month', 'agenda', 'custom', 'search']);
    expect(viewFromUrl('https://calendar.google.com/calendar/u/0/r')).toBe('other');
    expect(viewFromUrl('not a url')).toBe('other');
  });
});

describe('page coverage', () => {
  it('reads the count of a month cell heading, and not a date', () => {
    expect(headingCount('6 events, Monday, November 23')).toBe(6);
    expect(headingCount('1 event, Tuesday, November 24')).toBe(1);
    expect(headingCount('No events, Sunday, November 1')).toBeUndefined();
    expect(headingCount('Monday, November 23')).toBeUndefined();
    expect(headingCount('11月 23日 月曜日')).toBeUndefined();
  });

  it('spans a list from its first to its last listed day and drops cells that hide events', () => {
    const shown = new ShownByDay();
    shown.add('a', '2026-11-23');
    shown.add('a', '2026-11-23'); // the same chip twice (two columns) counts once
    shown.add('summit', '2026-11-23', '2026-11-25');
    expect([shown.count('2026-11-23'), shown.count('2026-11-24'), shown.count('2026-11-26')]).toEqual([2, 1, 0]);
    const announced = new Map([['2026-11-23', 2], ['2026-11-24', 3]]);
    expect(pageCoverage({cells: ['2026-11-23', '2026-11-24', '2026-11-25'], listed: [], announced, shown})).toEqual({
      coverage: [{from: '2026-11-23', to: '2026-11-23'}, {from: '2026-11-25', to: '2026-11-25'}], incomplete: ['2026-11-24'],
    });
    expect(pageCoverage({cells: [], listed: ['2026-12-03', '2026-11-30', '2026-11-27'], announced: new Map(), shown}).coverage).toEqual([{from: '2026-11-27', to: '2026-12-03'}]);
  });
});
