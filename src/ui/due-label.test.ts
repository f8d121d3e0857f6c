import {describe, expect, it} from 'vitest';
import {speak, speakEnglishAfterEach} from '../../tests/unit/speak.ts';
import {dayKeyLabel, dayKeyMonthDay, shortDate, shortDateTime} from '../shared/dates.ts';
import {dueLabel, snoozeChoices} from './due-label.ts';
import {timeAgo} from './time.ts';

speakEnglishAfterEach();

describe('dueLabel', () => {
  const now = Date.parse('2026-11-23T15:00:00Z');
  it.each([
    [null, 'No date given'], [now + 45 * 60_000, 'Due in 45 min'], [now - 2 * 3_600_000, 'Overdue by 2 h'], [now - 3 * 86_400_000, 'Overdue by 3 days'],
  ])('%s → %s', (dueAt, label) => {
    expect(dueLabel(dueAt, now)).toBe(label);
  });

  it('counts in the interface language', () => {
    speak('es');
    expect(dueLabel(now + 86_400_000, now)).toBe('Vence en 1 día');
    expect(dueLabel(now - 3 * 86_400_000, now)).toBe('Vencido hace 3 días');
    expect(dueLabel(null, now)).toBe('Sin fecha');
    expect(timeAgo(now - 5 * 60_000, now)).toBe('hace 5 min');
  });
});

describe('dates', () => {
  const friday = Date.parse('2026-11-27T21:00:00Z');
  it('are short, in the chosen time zone, in English', () => {
    expect(shortDate(friday, 'America/Chicago')).toBe('Fri, Nov 27');
    expect(shortDateTime(friday, 'America/Chicago')).toMatch(/^Fri, Nov 27, 3:00\sPM$/);
    expect(dayKeyLabel('2026-11-23')).toBe('Mon, Nov 23');
    expect(dayKeyMonthDay('2026-11-23')).toBe('Nov 23');
  });

  it('follow the interface language', () => {
    speak('es');
    expect(shortDate(friday, 'America/Chicago')).toBe('vie, 27 nov');
    expect(dayKeyLabel('2026-11-23')).toBe('lun, 23 nov');
    expect(dayKeyMonthDay('2026-11-23')).toBe('23 nov');
  });
});

describe('snoozeChoices', () => {
  it('are all in the future, in order', () => {
    const now = Date.parse('2026-11-27T20:00:00Z');
    const untils = snoozeChoices(now).map((choice) => choice.until);
    expect(untils.every((until) => until > now)).toBe(true);
    expect([...untils].sort((a, b) => a - b)).toEqual(untils);
  });
});
