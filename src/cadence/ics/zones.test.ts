// Zone resolution and wall-clock ↔ instant at the edges: the hour the clocks pass twice and the hour they skip.
import {describe, expect, it} from 'vitest';
import {daysFromCivil} from './civil.ts';
import {instantToWall, wallToInstant, ZoneBook} from './zones.ts';
import {windowsToIana} from './windows-zones.ts';

const at = (zone: string, y: number, m: number, d: number, h: number, min = 0) =>
  new Date(wallToInstant({day: daysFromCivil(y, m, d), second: h * 3600 + min * 60}, {kind: 'iana', name: zone})).toISOString();

describe('zones', () => {
  it('a time passed twice is the first one; a skipped time keeps the offset from before the change', () => {
    expect(at('Europe/Berlin', 2026, 10, 25, 2, 30)).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST, not CET
    expect(at('America/New_York', 2026, 11, 1, 1, 30)).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(at('Europe/Berlin', 2026, 3, 29, 2, 30)).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(at('America/New_York', 2026, 3, 8, 2, 30)).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(at('Asia/Kolkata', 2026, 6, 1, 9)).toBe('2026-06-01T03:30:00.000Z');
    expect(instantToWall(Date.parse('2026-10-25T00:30:00Z'), {kind: 'iana', name: 'Europe/Berlin'})).toEqual({day: daysFromCivil(2026, 10, 25), second: 9000});
  });

  it('maps Windows names (any case, quoted) with CLDR, finds IANA names inside labels, warns once about unknown ones', () => {
    expect(windowsToIana('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(windowsToIana('"eastern standard time"')).toBe('America/New_York');
    expect(windowsToIana('Mars Standard Time')).toBeUndefined();
    const warnings: string[] = [];
    const book = new ZoneBook([], 'Asia/Tokyo', (m) => warnings.push(m));
    expect(book.zoneOf('Tokyo Standard Time', false)).toEqual({kind: 'iana', name: 'Asia/Tokyo'});
    expect(book.zoneOf('/mozilla.org/20050126_1/America/Chicago', false)).toEqual({kind: 'iana', name: 'America/Chicago'});
    expect(book.zoneOf('UTC', false)).toEqual({kind: 'utc'});
    expect(book.zoneOf(undefined, true)).toEqual({kind: 'utc'});
    expect(book.zoneOf(undefined, false)).toEqual({kind: 'iana', name: 'Asia/Tokyo'});
    book.zoneOf('Nowhere', false);
    book.zoneOf('Nowhere', false);
    expect(warnings).toEqual(['unknown time zone "Nowhere": read in Asia/Tokyo']);
  });
});
