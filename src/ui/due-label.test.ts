import {describe, expect, it} from 'vitest';
import {dueLabel, snoozeChoices} from './due-label.ts';

describe('dueLabel', () => {
  const now = Date.parse('2026-11-23T15:00:00Z');
  it.each([
    [null, 'No date given'], [now + 45 * 60_000, 'Due in 45 min'], [now - 2 * 3_600_000, 'Overdue by 2 h'], [now - 3 * 86_400_000, 'Overdue by 3 days'],
  ])('%s → %s', (dueAt, label) => {
    expect(dueLabel(dueAt, now)).toBe(label);
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
