import {describe, expect, it} from 'vitest';
import {weekBounds} from './zoned-time.ts';

describe('weekBounds', () => {
  it('runs from Monday midnight to the next Monday midnight, local time', () => {
    expect(weekBounds('2026-11-23', 'America/Chicago')).toEqual([Date.parse('2026-11-23T06:00:00Z'), Date.parse('2026-11-30T06:00:00Z')]);
  });

  it('is an hour longer in the week the clocks go back', () => {
    const [start, end] = weekBounds('2026-10-26', 'America/Chicago');
    expect((end - start) / 3_600_000).toBe(169);
  });
});
