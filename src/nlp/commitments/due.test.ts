import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze} from '../index.ts';

const file = path.resolve(import.meta.dirname, '../../../tests/fixtures/commitments/due.tsv');
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));

describe('due dates (tests/fixtures/commitments/due.tsv)', () => {
  it.each(cases)('%s sent %s in %s is due %s', (text, sentAt, timeZone, iso, vague) => {
    const [c] = analyze({text: text as string, sentAt, timeZone}).commitments;
    expect(c).toBeDefined();
    if (iso === 'none') return void expect(c?.due).toBeNull();
    expect(c?.due?.iso).toBe(iso);
    expect(c?.due?.vague).toBe(vague === 'yes');
  });

  it('honours custom working hours', () => {
    const [c] = analyze({text: 'I’ll send it by EOD.', sentAt: '2026-11-23T15:00:00Z', timeZone: 'America/New_York', workingHours: {start: '08:00', end: '16:00', days: [1, 2, 3, 4, 5]}}).commitments;
    expect(c?.due?.iso).toBe('2026-11-23T21:00:00.000Z');
  });

  it('leaves an undated promise without a due date', () => {
    const [c] = analyze({text: 'I’ll look into the flights.', sentAt: '2026-11-23T15:00:00Z'}).commitments;
    expect(c?.due).toBeNull();
    expect(c?.action).toBe('look into the flights');
  });
});
