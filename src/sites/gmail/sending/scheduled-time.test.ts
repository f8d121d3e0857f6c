import {describe, expect, it} from 'vitest';
import {scheduledInstant} from './scheduled-time.ts';

const now = new Date(2026, 11, 3, 10, 0).getTime(); // Thu 3 Dec 2026, 10:00 local

describe('scheduledInstant', () => {
  it('reads a preset: month, day and time, this year', () => {
    expect(scheduledInstant('Dec 4, 8:00 AM', 'Dec 4, 8:00 AM', now)).toBe(new Date(2026, 11, 4, 8, 0).getTime());
    expect(scheduledInstant('Tomorrow afternoon Dec 4, 1:00 PM', 'Dec 4, 1:00 PM', now)).toBe(new Date(2026, 11, 4, 13, 0).getTime());
  });

  it('puts a preset without a year in the next year when its day has passed', () => {
    expect(scheduledInstant('Jan 4, 8:00 AM', 'Jan 4, 8:00 AM', now)).toBe(new Date(2027, 0, 4, 8, 0).getTime());
  });

  it("reads the picker's date and time inputs, in both forms the English picker shows", () => {
    expect(scheduledInstant('Dec 9, 2026', '4:30 PM', now)).toBe(new Date(2026, 11, 9, 16, 30).getTime());
    expect(scheduledInstant('12/09/2026', '12:15 AM', now)).toBe(new Date(2026, 11, 9, 0, 15).getTime());
    expect(scheduledInstant('12/09/2026', '16:45', now)).toBe(new Date(2026, 11, 9, 16, 45).getTime());
  });

  it('answers null, not a wrong instant, for what it cannot read', () => {
    expect(scheduledInstant('4 dic 2026', '8:00', now)).toBeNull();
    expect(scheduledInstant('Dec 4, 2026', 'morning', now)).toBeNull();
    expect(scheduledInstant('', '', now)).toBeNull();
    expect(scheduledInstant('Dec 4, 2026', '25:00', now)).toBeNull();
  });
});
