// @vitest-environment jsdom
// What the live site does that the first fixtures did not (research/dom-crosscheck.md), read end to end: Tasks as
// ttb_ and tasks. chips, inner elements repeating a chip's id, all-day chips laid over their row outside the day
// cells, headings that count a day's events (Japanese "3件" too), a collapsed all-day row, the year view, and the
// fallback chip strategies doing the whole read when the preferred hooks are gone.
// Fixtures: tests/fixtures/calendar/build-fixtures.ts (week-*-2026, week-en-collapsed, year-en).
import {describe, expect, it} from 'vitest';
import type {CalendarEvent} from '../../cadence/types.ts';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {readVisibleEvents} from './events.ts';

const nextWeek = [{from: '2026-11-29', to: '2026-12-05'}];
const essentials = (e: CalendarEvent) => ({id: e.id, title: e.title, start: e.start, end: e.end, allDay: e.allDay, recurring: e.recurring, declined: e.declined});
const readById = (file: string) => new Map(readVisibleEvents(loadFixture('calendar', file)).events.map((e) => [e.id, essentials(e)]));

/** The loaded fixture, changed by `edit` before it is read. */
function readEdited(file: string, edit: (doc: Document) => void) {
  const doc = loadFixture('calendar', file);
  edit(doc);
  return readVisibleEvents(doc);
}
const chipOf = (doc: Document, title: string) => [...doc.querySelectorAll('[data-eventchip]')].find((chip) => chip.querySelector('.XuJrye')?.textContent?.includes(title))!;

describe('the newer week view (week-en-2026)', () => {
  const {events, coverage, misses, partialDays} = readVisibleEvents(loadFixture('calendar', 'week-en-2026.html'));

  it('reads each meeting once, and no Task: neither a ttb_ nor a tasks. chip is a meeting or a miss', () => {
    expect(events.map((e) => e.title)).toEqual(['Dana travels to London', 'Leadership summit, London', 'Weekly sync', 'Monthly goals & objectives', 'Red-eye to London', 'Dinner with the London team']);
    expect(misses).toEqual([]);
  });

  it('dates the all-day chips laid over the row outside the day cells, from their own descriptions', () => {
    const byTitle = (title: string) => events.find((e) => e.title === title);
    expect(byTitle('Dana travels to London')).toMatchObject({allDay: true, start: '2026-12-01', end: '2026-12-02'});
    expect(byTitle('Leadership summit, London')).toMatchObject({allDay: true, start: '2026-12-02', end: '2026-12-05'});
    // The overnight flight is drawn in two columns and is one event.
    expect(byTitle('Red-eye to London')).toMatchObject({start: '2026-11-30T22:00:00-05:00', end: '2026-12-01T06:45:00-05:00'});
  });

  it('claims the whole week: every heading\'s count is met by the chips found for its day, Tasks included', () => {
    expect(coverage).toEqual(nextWeek);
    expect(partialDays).toEqual([]);
  });

  it('reads the same meetings as the month and schedule views', () => {
    const week = readById('week-en-2026.html');
    for (const file of ['month-en.html', 'agenda-en.html']) {
      const other = readById(file);
      for (const [id, event] of week) expect(other.get(id), `${id} in ${file}`).toEqual(event);
    }
  });
});

describe('the newer week view in Japanese (week-ja-2026)', () => {
  it('reads the same meetings from Japanese descriptions, multi-day forms included, and the "N件" headings', () => {
    const japanese = readVisibleEvents(loadFixture('calendar', 'week-ja-2026.html'));
    expect(japanese.misses).toEqual([]);
    expect(japanese.coverage).toEqual(nextWeek);
    expect([...readById('week-ja-2026.html').values()]).toEqual([...readById('week-en-2026.html').values()]);
  });

  it('compares a Japanese count with the chips found: a day announcing more than it shows is not claimed', () => {
    const result = readEdited('week-ja-2026.html', (doc) => {
      doc.querySelector('[data-datekey="29059"] h2')!.textContent = '9件、12月 3日 木曜日';
    });
    expect(result.partialDays).toEqual(['2026-12-03']);
    expect(result.coverage).toEqual([{from: '2026-11-29', to: '2026-12-02'}, {from: '2026-12-04', to: '2026-12-05'}]);
  });

  it('makes a day whose heading states a count in an unknown form incomplete, not complete', () => {
    const result = readEdited('week-en-2026.html', (doc) => {
      doc.querySelector('[data-datekey="29054"] h2')!.textContent = 'Montag, 30. November, 3 Termine';
    });
    expect(result.partialDays).toEqual(['2026-11-30']);
    expect(result.misses).toEqual(['2026-11-30: heading "Montag, 30. November, 3 Termine" states a count Rapport cannot read']);
  });
});

describe('one chip, one event', () => {
  it('takes an inner copy of a chip\'s id for part of the chip, even when the copy is marked as a chip too', () => {
    // The worst case of the nesting the fixtures show: the copy also carries data-eventchip, and holds the title.
    const result = readEdited('week-en-2026.html', (doc) => {
      for (const copy of doc.querySelectorAll('[data-eventid] [data-eventid]')) copy.setAttribute('data-eventchip', '');
    });
    expect(result.events.map(essentials)).toEqual(readVisibleEvents(loadFixture('calendar', 'week-en-2026.html')).events.map(essentials));
    expect(result.misses).toEqual([]);
    const monday = readEdited('week-en-2026.html', (doc) => {
      const goals = chipOf(doc, 'Monthly goals');
      goals.querySelector('[data-eventid]')!.setAttribute('data-eventchip', '');
      goals.querySelector('.XuJrye')!.textContent = 'unreadable'; // the title can only come from the visible span
    });
    expect(monday.events.filter((e) => e.id === 'monthlygoals5v').map((e) => e.title)).toEqual(['Monthly goals & objectives']);
  });
});

describe('chips outside their day', () => {
  const french = 'Toute la journée, Voyage, Dana Whitfield, Aucun lieu, 1 décembre 2026';
  const travel = (doc: Document) => chipOf(doc, 'Dana travels to London');

  it('dates a chip it cannot read from the column its position points at, and records the miss', () => {
    const result = readEdited('week-en-2026.html', (doc) => {
      travel(doc).querySelector('.XuJrye')!.textContent = french;
    });
    expect(result.misses).toEqual([french]);
    expect(result.events.find((e) => e.title === 'Dana travels to London')).toMatchObject({start: '2026-12-01', end: '2026-12-02', timesUnknown: true});
  });

  it('reads the column from the right in a right-to-left page', () => {
    const result = readEdited('week-en-2026.html', (doc) => {
      doc.querySelector('.allday')!.setAttribute('dir', 'rtl');
      travel(doc).setAttribute('style', 'right:28.57%;width:14.29%');
      travel(doc).querySelector('.XuJrye')!.textContent = french;
    });
    expect(result.events.find((e) => e.title === 'Dana travels to London')?.start).toBe('2026-12-01');
  });

  it('never invents a date: no description date, no column (or one between two columns) means no event, and a miss', () => {
    for (const style of ['', 'left:20%;width:14.29%']) {
      const result = readEdited('week-en-2026.html', (doc) => {
        travel(doc).setAttribute('style', style);
        travel(doc).querySelector('.XuJrye')!.textContent = french;
      });
      expect(result.events.some((e) => e.title === 'Dana travels to London'), style).toBe(false);
      expect(result.misses, style).toContain(french);
    }
  });
});

describe('a collapsed all-day row (week-en-collapsed)', () => {
  const week = ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'];

  it('claims none of the row\'s days, while reading every chip it shows', () => {
    const result = readVisibleEvents(loadFixture('calendar', 'week-en-collapsed.html'));
    expect(result.coverage).toEqual([]);
    expect(result.partialDays).toEqual(week);
    expect(result.misses).toContain('2026-11-23: events hidden behind "2 more"');
    expect(result.misses).toContain('2026-11-24: the all-day row is collapsed');
    expect([...new Set(result.events.map((e) => e.id))]).toEqual([...readById('week-en.html').keys()]);
  });

  it('drops a day that says "2 more" even when no collapse control is found', () => {
    const result = readEdited('week-en-collapsed.html', (doc) => doc.querySelector('[aria-expanded="false"]')!.remove());
    expect(result.partialDays).toEqual(['2026-11-23']);
    expect(result.coverage).toEqual([{from: '2026-11-22', to: '2026-11-22'}, {from: '2026-11-24', to: '2026-11-28'}]);
  });
});

describe('the year view', () => {
  it('is read as nothing: no events, no day claimed', () => {
    const result = readVisibleEvents(loadFixture('calendar', 'year-en.html'));
    expect(result).toMatchObject({view: 'year', events: [], coverage: [], partialDays: [], misses: []});
  });

  it('whatever the page holds: a week of chips under body[data-viewkey=YEAR] gives nothing either', () => {
    const result = readEdited('week-en.html', (doc) => doc.body.setAttribute('data-viewkey', 'YEAR'));
    expect(result).toMatchObject({view: 'year', events: [], coverage: []});
  });
});

describe('the fallback chip strategies read the page alone', () => {
  // What a site change would strip (selectors.ts, eventChip.fallbacks): the marker attribute, then the roles too.
  for (const strip of [['data-eventchip'], ['data-eventchip', 'role']]) {
    it(`reads the same meetings and days with ${strip.join(' and ')} gone`, () => {
      for (const file of ['week-en-2026.html', 'week-en.html', 'month-en.html']) {
        const intact = readVisibleEvents(loadFixture('calendar', file));
        const stripped = readEdited(file, (doc) => {
          for (const name of strip) for (const element of doc.querySelectorAll(`[${name}]`)) element.removeAttribute(name);
        });
        expect(stripped.events.map(essentials), file).toEqual(intact.events.map(essentials));
        expect(stripped.coverage, file).toEqual(intact.coverage);
      }
    });
  }
});
