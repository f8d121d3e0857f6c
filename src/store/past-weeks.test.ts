import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {cadenceKept, pastWeeks, readPastWeek} from './past-weeks.ts';
import type {WeeklySummaryRecord} from './records.ts';

const db = useTempDb();

/** A row as runWeeklySummary writes it (the figures that matter here; the rest of the summary rides along). */
const row = (weekStart: string, made: number, cadence?: unknown): WeeklySummaryRecord => ({
  weekStart, computedAt: Date.parse(`${weekStart}T23:00:00Z`) + 4 * 86_400_000,
  summary: {weekStart, commitments: {made, keptOnTime: 1, late: 2, open: 3, executive: {made: 0, open: 0}}, tone: {drafts: 0}, ...(cadence === undefined ? {} : {cadence})},
});

/** The Monday `weeks` weeks after 2026-01-05. */
const monday = (weeks: number) => new Date(Date.UTC(2026, 0, 5 + 7 * weeks)).toISOString().slice(0, 10);

describe('pastWeeks', () => {
  it('lists the weeks before this one, newest first, with their headline figures', async () => {
    await db().summaries.bulkPut([row('2026-11-09', 4, {kept: 3, of: 5}), row('2026-11-16', 6), row('2026-11-02', 2, {kept: 5, of: 5}), row('2026-11-23', 9)]);
    expect(await pastWeeks(db(), '2026-11-23')).toEqual([
      {weekStart: '2026-11-16', made: 6, keptOnTime: 1, late: 2, open: 3, cadence: null},
      {weekStart: '2026-11-09', made: 4, keptOnTime: 1, late: 2, open: 3, cadence: {kept: 3, of: 5}},
      {weekStart: '2026-11-02', made: 2, keptOnTime: 1, late: 2, open: 3, cadence: {kept: 5, of: 5}},
    ]);
  });

  it('reads a quarter of a long history, not all of it', async () => {
    await db().summaries.bulkPut(Array.from({length: 150}, (_, week) => row(monday(week), week)));
    let read = 0;
    db().summaries.hook('reading', (stored) => {
      read++;
      return stored;
    });
    const weeks = await pastWeeks(db(), monday(150), 12);
    expect(weeks.map((week) => week.made)).toEqual(Array.from({length: 12}, (_, index) => 149 - index));
    expect(read).toBeGreaterThanOrEqual(12);
    expect(read).toBeLessThanOrEqual(13);
  });

  it('leaves out rows without their figures, and they take no place of readable ones', async () => {
    const broken: WeeklySummaryRecord[] = [
      {weekStart: '2026-11-16', computedAt: 1, summary: {made: 3}},
      {weekStart: '2026-11-09', computedAt: 1, summary: {commitments: {made: '3', keptOnTime: 1, late: 0, open: 0}}},
      {weekStart: '2026-11-02', computedAt: 1, summary: {commitments: {made: -1, keptOnTime: 1, late: 0, open: 0}}},
      {weekStart: '2026-10-26', computedAt: 1, summary: null},
      {weekStart: 'last week', computedAt: 1, summary: row('2026-10-19', 1).summary},
    ];
    await db().summaries.bulkPut([...broken, row('2026-10-19', 7), row('2026-10-12', 8)]);
    expect((await pastWeeks(db(), '2026-11-23', 2)).map((week) => week.weekStart)).toEqual(['2026-10-19', '2026-10-12']);
  });

  it('shows no rhythm where the row holds none that makes sense', () => {
    for (const cadence of [null, {kept: 6, of: 5}, {kept: 1, of: 0}, {kept: '1', of: 2}, 'all']) {
      expect(readPastWeek(row('2026-11-16', 1, cadence))!.cadence, JSON.stringify(cadence)).toBeNull();
    }
  });
});

describe('cadenceKept', () => {
  it('counts targets on track or due soon, of those Rapport could judge', () => {
    expect(cadenceKept(['ok', 'due-soon', 'overdue', 'not-scheduled', 'unknown'])).toEqual({kept: 2, of: 4});
    expect(cadenceKept(['unknown', 'unknown'])).toBeNull();
    expect(cadenceKept([])).toBeNull();
  });
});
