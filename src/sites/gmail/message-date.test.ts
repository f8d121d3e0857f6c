import {describe, expect, it} from 'vitest';
import {parseMessageDate} from './message-date.ts';

const local = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

describe('parseMessageDate', () => {
  it.each([
    ['Sun, Nov 22, 2026, 6:40 PM', 'en', local(2026, 10, 22, 18, 40)],
    ['Mon, Nov 23, 2026, 12:05 AM', 'en', local(2026, 10, 23, 0, 5)],
    ['Mon, Nov 23, 2026, 12:05 PM', 'en', local(2026, 10, 23, 12, 5)],
    ['Wednesday, September 2, 2026 at 9:15 AM', 'en-GB', local(2026, 8, 2, 9, 15)],
    // Spanish: 24-hour clock, month names English can't read; a weekday ("mar", martes) that spells a month too.
    ['1 dic 2026, 17:48', 'es', local(2026, 11, 1, 17, 48)],
    ['mar, 8 ene 2027, 9:05', 'es', local(2027, 0, 8, 9, 5)],
    ['3 sept 2026, 6:40 p. m.', 'es-419', local(2026, 8, 3, 18, 40)],
    ['22. Nov. 2026, 18:40', 'de', local(2026, 10, 22, 18, 40)],
    // An English date on a page whose UI language is another: English is always tried too.
    ['Sun, Nov 22, 2026, 6:40 PM', 'fr', local(2026, 10, 22, 18, 40)],
  ])('%s (%s)', (title, language, expected) => {
    expect(parseMessageDate(title, language)).toBe(expected);
  });

  it.each([
    ['', 'en'], ['6:40 PM (2 hours ago)', 'en'], ['Feb 31, 2026, 9:00 AM', 'en'], ['Nov 22, 2026, 25:10', 'en'], ['22/11/2026 18:40', 'en'], ['1 dic 2026', 'xx-invalid-tag-!'],
  ])('reads nothing it cannot be sure of: %j', (title, language) => {
    expect(parseMessageDate(title, language)).toBeNull();
  });
});
