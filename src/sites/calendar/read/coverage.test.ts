import {describe, expect, it} from 'vitest';
import {headingCount, undatedNumbers} from './counts.ts';
import {pageCoverage, ShownByDay} from './coverage.ts';
import {viewFromUrl, viewOfPage} from './view.ts';

describe('view from the URL', () => {
  it('names the views research/dom.md 3.1 lists, and search', () => {
    const at = (path: string) => viewFromUrl(`https://calendar.google.com/calendar/u/0/r/${path}`);
    expect([at('day/2026/11/23'), at('week'), at('month/2026/11/1'), at('agenda'), at('customweek/2026/11/23'), at('search?q=sync'), at('year/2026/1/1')])
      .toEqual(['day', 'week', 'month', 'agenda', 'custom', 'search', 'year']);
    expect(viewFromUrl('https://calendar.google.com/calendar/u/0/r')).toBe('other');
    expect(viewFromUrl('not a url')).toBe('other');
  });

  it('prefers the body\'s data-viewkey, in the upper case Calendar writes it, to the URL', () => {
    // Only the body's attribute and the URL are read (this file runs without a DOM).
    const page = (viewkey: string | null, path: string) =>
      viewOfPage({body: {getAttribute: () => viewkey}, URL: `https://calendar.google.com/calendar/u/0/r/${path}`} as unknown as Document);
    expect([page('YEAR', 'week'), page('WEEK', 'year'), page('CUSTOM_DAYS', 'week'), page('MONTH', ''), page(null, 'year'), page('SOMETHING_NEW', 'day')])
      .toEqual(['year', 'week', 'custom', 'month', 'year', 'day']);
  });
});

describe('page coverage', () => {
  it('reads the count of a day heading, and not its date', () => {
    expect(headingCount('6 events, Monday, November 23', '2026-11-23')).toBe(6);
    expect(headingCount('1 event, Tuesday, November 24', '2026-11-24')).toBe(1);
    expect(headingCount('No events, Sunday, November 1', '2026-11-01')).toBe('unstated');
    expect(headingCount('Monday, November 23', '2026-11-23')).toBe('unstated');
    expect(headingCount('11月 23日 月曜日', '2026-11-23')).toBe('unstated');
    expect(headingCount('2026年11月23日 月曜日', '2026-11-23')).toBe('unstated');
  });

  it('reads the Japanese count, which has no space before 件, and full-width digits', () => {
    expect(headingCount('3件、11月 23日 月曜日', '2026-11-23')).toBe(3);
    expect(headingCount('予定 3件、11月 23日 月曜日', '2026-11-23')).toBe(3);
    expect(headingCount('１２件、11月 23日 月曜日', '2026-11-23')).toBe(12);
  });

  it('calls a count it cannot read unreadable, never absent: the day must not be claimed as seen', () => {
    expect(headingCount('Montag, 23. November, 4 Termine', '2026-11-23')).toBe('unreadable');
    expect(headingCount('3 个活动 11月23日', '2026-11-23')).toBe('unreadable');
    expect(undatedNumbers('2 more', '2026-11-23')).toEqual([2]);
    expect(undatedNumbers('他 2 件', '2026-11-23')).toEqual([2]);
    expect(undatedNumbers('23', '2026-11-23')).toEqual([]);
    expect(undatedNumbers('11/23/26', '2026-11-23')).toEqual([]);
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
      reasons: ['2026-11-24: 3 events announced, 1 on the page'],
    });
    // Days the page says it hides: dropped even with no count, the count's reason first when both apply.
    const hidden = new Map([['2026-11-25', '2026-11-25: the all-day row is collapsed'], ['2026-11-24', '2026-11-24: hidden'], ['2026-12-01', 'not on the page']]);
    expect(pageCoverage({cells: ['2026-11-23', '2026-11-24', '2026-11-25'], listed: [], announced, shown, hidden})).toEqual({
      coverage: [{from: '2026-11-23', to: '2026-11-23'}], incomplete: ['2026-11-24', '2026-11-25'],
      reasons: ['2026-11-24: 3 events announced, 1 on the page', '2026-11-25: the all-day row is collapsed'],
    });
    expect(pageCoverage({cells: [], listed: ['2026-12-03', '2026-11-30', '2026-11-27'], announced: new Map(), shown}).coverage).toEqual([{from: '2026-11-27', to: '2026-12-03'}]);
  });
});
